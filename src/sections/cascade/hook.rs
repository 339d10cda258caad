//! The lab's state and what its controls do: the engine, the round being shown, playing, and
//! the callbacks of the sliders, the calibrate button, the round scrubber and the play button.

use super::*;

/// Each slider's callback, in the order of its controls.
pub(super) struct Inputs {
    pub(super) market: [Callback<f64>; MARKET_CONTROLS.len()],
    pub(super) crowd: [Callback<f64>; CROWD_CONTROLS.len()],
}

pub(super) struct Lab {
    pub(super) engine: Rc<std::cell::RefCell<Engine>>,
    /// `None`: the final state; `Some(k)`: the price after step k of the path.
    pub(super) view_step: UseStateHandle<Option<usize>>,
    pub(super) playing: UseStateHandle<bool>,
    pub(super) on_action: Callback<CascadeAction>,
    pub(super) inputs: Rc<Inputs>,
    pub(super) on_calibrate: Callback<MouseEvent>,
    pub(super) on_step: Callback<f64>,
    pub(super) on_play: Callback<MouseEvent>,
}

#[hook]
pub(super) fn use_lab(query: &AttrValue) -> Lab {
    let engine = {
        let query = query.clone();
        use_mut_ref(move || Engine::new(CascadeState::from_query(&QueryMap::parse(&query))))
    };
    let force_update = use_force_update();
    // `None`: the final state; `Some(k)`: the price after step k of the path.
    let view_step = use_state_eq(|| None::<usize>);
    let playing = use_state_eq(|| false);
    let pending_sensitivity = use_mut_ref(|| None::<Timeout>);
    use_catch_up(&engine, &force_update);

    // Built once, so every slider's callback stays the same and an unchanged slider skips its
    // render (the handles it holds stay valid for the component's life).
    let on_action = (*use_memo((), {
        let engine = engine.clone();
        let force_update = force_update.clone();
        let view_step = view_step.clone();
        let playing = playing.clone();
        let pending_sensitivity = pending_sensitivity.clone();
        move |_| {
            Callback::from(move |action: CascadeAction| {
                let state = {
                    let mut e = engine.borrow_mut();
                    let next = e.state.apply(action);
                    if next == e.state {
                        return;
                    }
                    let changed = Changes::between(&e.state, &next);
                    e.state = next;
                    if changed.run {
                        e.calibration = None;
                    }
                    if changed.table {
                        e.sensitivity = None;
                        pending_sensitivity.borrow_mut().take();
                    }
                    if changed.crowd {
                        if let Some(generation) = e.redraw() {
                            schedule_drawing(engine.clone(), force_update.clone(), generation);
                        }
                    }
                    e.rerun();
                    e.state.clone()
                };
                playing.set(false);
                view_step.set(None);
                write_url(state);
                force_update.force_update();
            })
        }
    }))
    .clone();
    let inputs = use_memo((), {
        let on_action = on_action.clone();
        move |_| Inputs {
            market: MARKET_CONTROLS.map(|c| c.input(&on_action)),
            crowd: CROWD_CONTROLS.map(|c| c.input(&on_action)),
        }
    });

    let on_calibrate = {
        let engine = engine.clone();
        let force_update = force_update.clone();
        let view_step = view_step.clone();
        let pending_sensitivity = pending_sensitivity.clone();
        Callback::from(move |_: MouseEvent| {
            let state = {
                let mut e = engine.borrow_mut();
                // Calibrate the whole crowd, not its preview: a click may take the one long task.
                e.draw_more(usize::MAX);
                let params = e.state.cascade();
                let calibration =
                    e.population
                        .calibrate_depth(params.shock, params.max_rounds, target_move());
                if matches!(
                    calibration.outcome,
                    CalibrationOutcome::Matched | CalibrationOutcome::Jump
                ) {
                    e.state = e
                        .state
                        .apply(CascadeAction::Depth(calibration.depth_pct_per_bn));
                    e.rerun();
                }
                e.calibration = Some(calibration);
                e.sensitivity = None;
                e.state.clone()
            };
            // The table recalibrates eight crowds, one per task after this click has painted,
            // so no single task holds the page for long.
            schedule_sensitivity(
                engine.clone(),
                force_update.clone(),
                pending_sensitivity.clone(),
                Vec::new(),
            );
            view_step.set(None);
            write_url(state);
            force_update.force_update();
        })
    };

    let on_step = {
        let view_step = view_step.clone();
        let playing = playing.clone();
        Callback::from(move |value: f64| {
            playing.set(false);
            view_step.set(Some(value.max(0.0) as usize));
        })
    };

    let (run_version, last_step) = {
        let e = engine.borrow();
        (e.run_version, e.run.path().len().saturating_sub(1))
    };
    let on_play = {
        let playing = playing.clone();
        let view_step = view_step.clone();
        Callback::from(move |_: MouseEvent| {
            if *playing {
                playing.set(false);
            } else if prefers_reduced_motion() {
                // No animation: straight to the final state (the scrubber still steps through).
                view_step.set(None);
            } else {
                playing.set(true);
            }
        })
    };
    {
        let view_step = view_step.clone();
        let playing_handle = playing.clone();
        use_effect_with((*playing, run_version), move |(is_playing, _)| {
            let interval = is_playing.then(|| {
                let mut k = 0usize;
                view_step.set(Some(0));
                Interval::new(PLAY_STEP_MS, move || {
                    k += 1;
                    if k >= last_step {
                        view_step.set(None);
                        playing_handle.set(false);
                    } else {
                        view_step.set(Some(k));
                    }
                })
            });
            move || drop(interval)
        });
    }

    Lab {
        engine,
        view_step,
        playing,
        on_action,
        inputs,
        on_calibrate,
        on_step,
        on_play,
    }
}
