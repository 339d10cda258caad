//! What the lab holds between renders, and the sensitivity table computed row by row in its
//! own tasks.

use super::*;

/// What the lab holds between renders. Kept in a `RefCell` (not in yew state) because a
/// population can be tens of thousands of cells and must be swapped in place by callbacks.
pub(super) struct Engine {
    pub(super) state: CascadeState,
    pub(super) population: Rc<Population>,
    pub(super) run: Rc<CascadeRun>,
    /// The run beside its neighbouring settings ([`neighbouring_runs`]), replayed with it.
    pub(super) near: Rc<[(Text, CascadeRun)]>,
    /// Bumped on every new run, so the round animation restarts.
    pub(super) run_version: u32,
    pub(super) calibration: Option<Calibration>,
    pub(super) sensitivity: Option<Rc<[SensitivityRow]>>,
    /// What the supporting outputs show: the results above as they were when the controls last
    /// rested ([`use_catch_up`]).
    pub(super) shown: Supporting,
    /// A new crowd being drawn a slice at a time; until it is complete, `population` is its
    /// preview ([`PopulationBuilder::preview`]).
    drawing: Option<PopulationBuilder>,
    /// Bumped on every new crowd, so the slices of an older one stop being drawn.
    generation: u32,
}

/// What a new lab state invalidates: the crowd (redraw the population), the run (replay it),
/// the sensitivity table (recompute its rows).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Changes {
    pub(super) crowd: bool,
    pub(super) run: bool,
    pub(super) table: bool,
}

impl Changes {
    pub(super) fn between(before: &CascadeState, after: &CascadeState) -> Changes {
        let crowd = after.population() != before.population();
        let run = crowd || after.cascade() != before.cascade();
        // The sensitivity table recalibrates the depth, so only a new depth keeps it.
        let table =
            crowd || after.shock_pct != before.shock_pct || after.max_rounds != before.max_rounds;
        Changes { crowd, run, table }
    }
}

/// Positions drawn per task while the page prepares the lab's first crowd, as the reader scrolls
/// and other islands wake: about 10 ms each on a phone (4x CPU slowdown).
const PREPARE_SLICE: usize = 50_000;
/// Positions drawn per task at most once a changed crowd's control has rested: fewer, longer
/// tasks, about 20 ms each on a phone, so the full result lands sooner.
const DRAW_SLICE: usize = 100_000;
/// A slice is drawn in chunks of this many positions (about 2 ms on a phone), and ends early
/// when the reader's next input is waiting ([`crate::browser::input_is_pending`]), so a key
/// or tap that comes during a slice waits for a chunk, not for the slice.
const DRAW_CHUNK: usize = 10_000;
/// How long the lab waits after a step before it draws the rest of a changed crowd or catches
/// the supporting outputs up ([`after_rest`]). While the reader drags or steps, a step draws only
/// the headline and the map (from a preview for a new crowd), so a frame holds one step's work.
const REST_MS: u32 = 50;
/// A changed crowd bigger than this shows a preview from its first positions at once, and the
/// rest is drawn in slices once its control has rested (tests/audit/controls.mjs).
pub(super) const PREVIEW_POSITIONS: u32 = 20_000;

/// A crowd and one replay on it: what a render of the lab needs.
#[derive(Clone)]
struct Replayed {
    population: Rc<Population>,
    params: CascadeParams,
    run: Rc<CascadeRun>,
    near: Rc<[(Text, CascadeRun)]>,
}

/// Replays `params` on `population`, with the neighbouring settings. Pure: the first render
/// calls it natively too (callbacks and tasks time it, [`measured_replay`]).
fn replay(population: Rc<Population>, params: CascadeParams) -> Replayed {
    let run = population.run(&params);
    let near = neighbouring_runs(&population, params);
    Replayed {
        population,
        params,
        run: Rc::new(run),
        near: near.into(),
    }
}

/// [`replay`], timed as `cascade:run` (User Timing): in callbacks and tasks only.
fn measured_replay(population: Rc<Population>, params: CascadeParams) -> Replayed {
    crate::browser::measured("cascade:run", || replay(population, params))
}

thread_local! {
    /// The lab as the page first shows it, drawn and replayed ahead of its hydration
    /// ([`prepare`]), for [`Engine::new`]. Kept for the page's life (a few hundred kilobytes of
    /// cells), so a lab mounted again with the same crowd draws nothing.
    static PREPARED: std::cell::RefCell<Option<Replayed>> = const { std::cell::RefCell::new(None) };
}

/// Draws the population of the lab as the page first shows it (no query) in slices, one task
/// each, replays it in one more, then calls `ready` in a task of its own. The lab's first render
/// then takes them instead of drawing and replaying in one long task; the figures are the same
/// (the same draw).
pub fn prepare(ready: impl FnOnce() + 'static) {
    let state = CascadeState::from_query(&QueryMap::default());
    let builder = PopulationBuilder::new(&state.population());
    draw_slice(builder, state.cascade(), Box::new(ready));
}

fn draw_slice(mut builder: PopulationBuilder, params: CascadeParams, ready: Box<dyn FnOnce()>) {
    if builder.draw(PREPARE_SLICE) {
        let population = crate::browser::measured("cascade:population", || builder.finish());
        Timeout::new(0, move || {
            let prepared = measured_replay(Rc::new(population), params);
            PREPARED.with(|slot| *slot.borrow_mut() = Some(prepared));
            Timeout::new(0, ready).forget();
        })
        .forget();
    } else {
        Timeout::new(0, move || draw_slice(builder, params, ready)).forget();
    }
}

impl Engine {
    /// Pure but for the prepared crowd and replay it may take: used in the first render,
    /// natively and in the browser alike.
    pub(super) fn new(state: CascadeState) -> Engine {
        let prepared = PREPARED.with(|slot| slot.borrow().clone());
        let params = state.cascade();
        let replayed = match prepared {
            Some(ready) if ready.population.params() == &state.population().sanitized() => {
                if ready.params == params {
                    ready
                } else {
                    replay(ready.population, params)
                }
            }
            _ => replay(Rc::new(Population::generate(&state.population())), params),
        };
        let shown = Supporting::new(
            &state,
            &replayed.population,
            &replayed.run,
            &replayed.near,
            &None,
        );
        Engine {
            state,
            population: replayed.population,
            run: replayed.run,
            near: replayed.near,
            run_version: 0,
            calibration: None,
            sensitivity: None,
            shown,
            drawing: None,
            generation: 0,
        }
    }

    /// Draws the crowd of the current state: at once when it is small, else a preview from its
    /// first positions, leaving the rest to [`Engine::draw_more`]: then it returns the new crowd's
    /// generation, for [`schedule_drawing`].
    pub(super) fn redraw(&mut self) -> Option<u32> {
        let mut builder = PopulationBuilder::new(&self.state.population());
        let (population, drawing) = crate::browser::measured("cascade:population", || {
            if builder.draw(PREVIEW_POSITIONS as usize) {
                (builder.finish(), None)
            } else {
                (builder.preview(), Some(builder))
            }
        });
        self.population = Rc::new(population);
        self.drawing = drawing;
        self.generation = self.generation.wrapping_add(1);
        self.is_preview().then_some(self.generation)
    }

    /// Draws up to `positions` more of the crowd being drawn. When that completes it, the crowd
    /// replaces the preview and the cascade is replayed on it; `true` then, or when nothing was
    /// drawing.
    pub(super) fn draw_more(&mut self, positions: usize) -> bool {
        let Some(mut builder) = self.drawing.take() else {
            return true;
        };
        if !builder.draw(positions) {
            self.drawing = Some(builder);
            return false;
        }
        self.population = Rc::new(crate::browser::measured("cascade:population", || {
            builder.finish()
        }));
        self.rerun();
        true
    }

    /// Whether the results are a preview of a crowd still being drawn.
    pub(super) fn is_preview(&self) -> bool {
        self.drawing.is_some()
    }

    pub(super) fn rerun(&mut self) {
        let replayed = measured_replay(self.population.clone(), self.state.cascade());
        self.run = replayed.run;
        self.near = replayed.near;
        self.run_version = self.run_version.wrapping_add(1);
    }
}

/// The current run beside four neighbouring settings on the same crowd: five replays of
/// microseconds each.
fn neighbouring_runs(population: &Population, params: CascadeParams) -> Vec<(Text, CascadeRun)> {
    // A market 20 % thinner is the same depth with every forced dollar moving the price 1.2 times
    // as far, so that row is exact even at the end of the depth slider (where depth × 1.2 would
    // be clamped back to the current depth).
    [
        (copy::NEAR_CURRENT, params, 1.0),
        (
            copy::NEAR_SHOCK_LESS,
            CascadeParams {
                shock: shift_shock(params.shock, -0.01),
                ..params
            },
            1.0,
        ),
        (
            copy::NEAR_SHOCK_MORE,
            CascadeParams {
                shock: shift_shock(params.shock, 0.01),
                ..params
            },
            1.0,
        ),
        (
            copy::NEAR_DEPTH_THICKER,
            CascadeParams {
                depth_pct_per_bn: params.depth_pct_per_bn / 1.2,
                ..params
            },
            1.0,
        ),
        (copy::NEAR_DEPTH_THINNER, params, 1.2),
    ]
    .into_iter()
    .map(|(label, p, impact)| (label, population.run_standing_for(&p, impact)))
    .collect()
}

/// Runs `work` once the controls have rested: [`REST_MS`] from now, and later while a finger or
/// mouse button is still down (a drag paused mid-way has not rested). Dropped as soon as `wanted`
/// says a newer step has replaced it, so a long drag leaves no waiting timers behind.
pub(super) fn after_rest(wanted: Box<dyn Fn() -> bool>, work: Box<dyn FnOnce()>) {
    Timeout::new(REST_MS, move || {
        if !wanted() {
            return;
        }
        if crate::browser::pointer_is_down() {
            after_rest(wanted, work);
        } else {
            work();
        }
    })
    .forget();
}

/// Draws the rest of a changed crowd one slice per task, starting once the controls have rested,
/// then shows the full result. A newer crowd ends the chain (its `generation` moved on), and a
/// press on the page pauses it until the controls rest again.
pub(super) fn schedule_drawing(
    engine: Rc<std::cell::RefCell<Engine>>,
    force_update: UseForceUpdateHandle,
    generation: u32,
) {
    let current = engine.clone();
    after_rest(
        Box::new(move || current.borrow().generation == generation),
        Box::new(move || draw_on(engine, force_update, generation)),
    );
}

fn draw_on(
    engine: Rc<std::cell::RefCell<Engine>>,
    force_update: UseForceUpdateHandle,
    generation: u32,
) {
    let done = {
        let mut e = engine.borrow_mut();
        if e.generation != generation {
            return;
        }
        let mut drawn = 0;
        let done = loop {
            if e.draw_more(DRAW_CHUNK) {
                break true;
            }
            drawn += DRAW_CHUNK;
            if drawn >= DRAW_SLICE || crate::browser::input_is_pending() {
                break false;
            }
        };
        if done {
            // Not a step's render: the tables come with the headline, in one render.
            e.catch_up();
        }
        done
    };
    if done {
        force_update.force_update();
    } else if crate::browser::pointer_is_down() {
        schedule_drawing(engine, force_update, generation);
    } else {
        Timeout::new(0, move || draw_on(engine, force_update, generation)).forget();
    }
}

/// Computes the next row of the sensitivity table in its own task, then schedules the one after;
/// publishes the table when all rows are done. A change of state in between (the table was
/// cleared or the crowd changed) is harmless: the rows are for the state read at each step,
/// and an action that resets `sensitivity` also drops the pending timeout.
pub(super) fn schedule_sensitivity(
    engine: Rc<std::cell::RefCell<Engine>>,
    force_update: UseForceUpdateHandle,
    pending: Rc<std::cell::RefCell<Option<Timeout>>>,
    mut rows: Vec<SensitivityRow>,
) {
    let next_pending = pending.clone();
    let timeout = Timeout::new(0, move || {
        let Some(&variation) = Variation::ALL.get(rows.len()) else {
            return;
        };
        {
            let e = engine.borrow();
            let params = e.state.cascade();
            let crowd = e.state.population();
            rows.push(crate::browser::measured("cascade:sensitivity", || {
                sensitivity_row(
                    &crowd,
                    variation,
                    params.shock,
                    params.max_rounds,
                    target_move(),
                    SENSITIVITY_SAMPLE,
                )
            }));
        }
        if rows.len() == Variation::ALL.len() {
            {
                let mut e = engine.borrow_mut();
                e.sensitivity = Some(rows.into());
                // Not a step's render: the table comes at once.
                e.catch_up();
            }
            force_update.force_update();
        } else {
            schedule_sensitivity(engine, force_update, next_pending, rows);
        }
    });
    *pending.borrow_mut() = Some(timeout);
}

/// Moves a signed shock one way or the other in magnitude, keeping its direction.
pub(super) fn shift_shock(shock: f64, by: f64) -> f64 {
    let direction = if shock > 0.0 { 1.0 } else { -1.0 };
    direction * (shock.abs() + by).max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn changes(action: CascadeAction) -> Changes {
        let before = CascadeState::from_query(&QueryMap::default());
        Changes::between(&before, &before.apply(action))
    }

    #[test]
    fn a_new_state_invalidates_only_what_it_touches() {
        let everything = Changes {
            crowd: true,
            run: true,
            table: true,
        };
        for crowd in [
            CascadeAction::N(100_000.0),
            CascadeAction::LongShare(40.0),
            CascadeAction::LeverageMedian(20.0),
            CascadeAction::Seed(7),
        ] {
            assert_eq!(changes(crowd), everything, "{crowd:?}");
        }
        let replay = Changes {
            crowd: false,
            run: true,
            table: true,
        };
        assert_eq!(changes(CascadeAction::Shock(-20.0)), replay);
        assert_eq!(changes(CascadeAction::Rounds(3.0)), replay);
        // The sensitivity table recalibrates the depth itself: a new depth keeps it.
        let depth = Changes {
            crowd: false,
            run: true,
            table: false,
        };
        assert_eq!(changes(CascadeAction::Depth(9.0)), depth);
        let nothing = Changes {
            crowd: false,
            run: false,
            table: false,
        };
        assert_eq!(changes(CascadeAction::Reset), nothing);
    }
}
