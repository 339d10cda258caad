//! The props the charts share, declared once: `chart_props!` writes a chart's props struct
//! with its own fields followed by the shared ones, so every chart names, documents and defaults
//! them alike and callers set them the same way on any chart.

/// Completes a chart's props struct: the fields written in it, then `data` (the records, one
/// mark each), `bound_legend` and a `legend` method that draws it. A body that
/// starts with `axis(tick_count = N);` also gets the value axis' `tick_count` (default `N`) and
/// `tick_format`, and a `ticks` method that applies them.
///
/// The caller writes `#[derive(Properties, PartialEq)]` itself: yew's derive resolves
/// `#[prop_or(..)]` defaults in the hygiene context of the derive, so the derive and every
/// default (the chart's own and `N`) must come from the same place, the chart's file.
///
/// Every shared field is cheap to compare (a number, an `AttrValue`, a `Callback`), and `data`
/// is an `Rc<[Datum]>`, so re-rendering with the same props is a pointer compare.
macro_rules! chart_props {
    (
        $(#[$meta:meta])*
        pub struct $name:ident { axis(tick_count = $ticks:tt); $($own:tt)* }
    ) => {
        chart_props! {
            $(#[$meta])*
            pub struct $name {
                $($own)*
                /// Approximate number of axis intervals (d3's tick count); the value axis is
                /// niced to it.
                #[prop_or($ticks)]
                pub tick_count: usize,
                /// Tick label text, e.g. `|v| format!("{v}%")`; defaults to plain numbers.
                #[prop_or_default]
                pub tick_format: ::std::option::Option<::yew::Callback<f64, ::yew::AttrValue>>,
            }
        }

        impl $name {
            /// The value axis' ticks on `scale`, labelled with `tick_format`.
            fn ticks(&self, scale: &$crate::charts::LinearScale) -> ::std::rc::Rc<[$crate::charts::Tick]> {
                $crate::charts::axis::scale_ticks(scale, self.tick_count, self.tick_format.as_ref())
            }
        }
    };
    ($(#[$meta:meta])* pub struct $name:ident { $($own:tt)* }) => {
        $(#[$meta])*
        pub struct $name {
            $($own)*
            /// The records, one mark each, in order.
            pub data: ::std::rc::Rc<[$crate::charts::Datum]>,
            /// Legend text for lower-bound data, e.g. "Arrow: fell at least this much" (bars) or
            /// "Open dot: at least" (points); shown only if some datum is a lower bound.
            #[prop_or_default]
            pub bound_legend: ::std::option::Option<::yew::AttrValue>,
        }

        impl $name {
            /// The legend under the chart: `key` (the lower-bound mark) and `bound_legend`, when
            /// some datum is a lower bound.
            fn legend(&self, key: ::yew::Html) -> ::yew::Html {
                $crate::charts::interact::bound_legend(&self.data, self.bound_legend.as_ref(), key)
            }
        }
    };
}
