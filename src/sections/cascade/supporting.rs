//! The lab's supporting outputs (the rounds, the neighbouring settings, the crowd's table and
//! the assumptions), caught up with the steps once the controls rest, as React's
//! `useDeferredValue` does: a step's own render changes only the headline and the map, so its
//! frame lays out and paints those, and steps that come faster than the tables can follow
//! (keys, a drag) draw them once. Until then they say they are busy.

use super::*;

/// The engine's results that the supporting outputs show, at one moment. Compared by identity:
/// every new crowd, run or table is a new `Rc`.
#[derive(Clone)]
pub(super) struct Supporting {
    pub(super) state: CascadeState,
    pub(super) population: Rc<Population>,
    pub(super) run: Rc<CascadeRun>,
    pub(super) near: Rc<[(Text, CascadeRun)]>,
    pub(super) sensitivity: Option<Rc<[SensitivityRow]>>,
}

impl Supporting {
    pub(super) fn new(
        state: &CascadeState,
        population: &Rc<Population>,
        run: &Rc<CascadeRun>,
        near: &Rc<[(Text, CascadeRun)]>,
        sensitivity: &Option<Rc<[SensitivityRow]>>,
    ) -> Supporting {
        Supporting {
            state: state.clone(),
            population: population.clone(),
            run: run.clone(),
            near: near.clone(),
            sensitivity: sensitivity.clone(),
        }
    }
}

impl PartialEq for Supporting {
    fn eq(&self, other: &Supporting) -> bool {
        let same_table = match (&self.sensitivity, &other.sensitivity) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        };
        same_table
            && Rc::ptr_eq(&self.population, &other.population)
            && Rc::ptr_eq(&self.run, &other.run)
            && Rc::ptr_eq(&self.near, &other.near)
            && self.state == other.state
    }
}

impl Engine {
    /// Whether the supporting outputs show older results than the headline.
    pub(super) fn is_behind(&self) -> bool {
        self.shown != self.supporting()
    }

    pub(super) fn catch_up(&mut self) {
        self.shown = self.supporting();
    }

    fn supporting(&self) -> Supporting {
        Supporting::new(
            &self.state,
            &self.population,
            &self.run,
            &self.near,
            &self.sensitivity,
        )
    }
}

/// The rounds, the neighbouring settings and the crowd's table, as `shown` has them; busy while
/// they are behind the headline.
pub(super) fn supporting_tables(
    shown: &Supporting,
    behind: bool,
    target_text: &str,
    lang: Lang,
) -> Html {
    html! {
        <div class="cascade-supporting" aria-busy={if behind { "true" } else { "false" }}>
            <details class="cascade-rounds">
                <summary>{ copy::ROUNDS_TABLE.get(lang) }</summary>
                { rounds_table(&shown.run, lang) }
            </details>
            { sensitivity(&shown.state, &shown.near, shown.sensitivity.as_deref(), target_text, lang) }
        </div>
    }
}

/// After each render that moved the engine on, catches the supporting outputs up with it once
/// the controls rest ([`after_rest`]), in a task of its own, so a step's frame lays out and paints
/// only the headline and the map, and a run of steps or a drag draws the tables once. A preview
/// leaves them to the full crowd, which brings them with it.
#[hook]
pub(super) fn use_catch_up(
    engine: &Rc<std::cell::RefCell<Engine>>,
    force_update: &UseForceUpdateHandle,
) {
    // Bumped on every render: only a catch-up asked for by the latest render still runs.
    let latest = use_mut_ref(|| 0u32);
    let engine = engine.clone();
    let force_update = force_update.clone();
    use_effect(move || {
        let token = {
            let mut latest = latest.borrow_mut();
            *latest = latest.wrapping_add(1);
            *latest
        };
        let wanted = {
            let e = engine.borrow();
            e.is_behind() && !e.is_preview()
        };
        if wanted {
            after_rest(
                Box::new(move || *latest.borrow() == token),
                Box::new(move || {
                    engine.borrow_mut().catch_up();
                    force_update.force_update();
                }),
            );
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The supporting outputs show what the engine had when they last caught up: a new run, a
    /// new state or a finished table puts them behind until the next catch-up.
    #[test]
    fn the_supporting_outputs_are_behind_until_they_catch_up() {
        let mut engine = Engine::new(CascadeState::from_query(&QueryMap::parse("?n=50000")));
        assert!(!engine.is_behind(), "the first render shows one state");
        let shown = engine.shown.run.clone();
        // The same figures in a new run still count: the run was replayed.
        engine.run = Rc::new(engine.population.run(&engine.state.cascade()));
        assert!(engine.is_behind());
        assert!(Rc::ptr_eq(&engine.shown.run, &shown));
        engine.catch_up();
        assert!(!engine.is_behind());
        assert!(Rc::ptr_eq(&engine.shown.run, &engine.run));
        engine.state = engine.state.apply(CascadeAction::Depth(9.0));
        assert!(engine.is_behind());
        engine.catch_up();
        engine.sensitivity = Some(Rc::from(Vec::new()));
        assert!(engine.is_behind());
        engine.catch_up();
        assert!(!engine.is_behind());
    }
}
