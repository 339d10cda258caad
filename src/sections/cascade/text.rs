//! The lab's numbers and labels as text in the reader's language.

use super::*;

pub(super) fn variation_label(variation: Variation) -> Text {
    match variation {
        Variation::AsSet => copy::VARIATION_AS_SET,
        Variation::LeverageLower => copy::VARIATION_LEV_LOWER,
        Variation::LeverageHigher => copy::VARIATION_LEV_HIGHER,
        Variation::FewerLongs => copy::VARIATION_FEWER_LONGS,
        Variation::MoreLongs => copy::VARIATION_MORE_LONGS,
        Variation::NewerPositions => copy::VARIATION_NEWER,
        Variation::OlderPositions => copy::VARIATION_OLDER,
        Variation::OtherSeed => copy::VARIATION_SEED,
    }
}

pub(super) fn count_text(count: f64, lang: Lang) -> String {
    format_value(count.round(), Unit::Count, lang)
}

pub(super) fn usd_text(amount: f64, lang: Lang) -> String {
    format_value(amount, Unit::Usd, lang)
}

pub(super) fn price_text(relative: f64, lang: Lang) -> String {
    format_usd_plain(relative * reference_price(), lang)
}

pub(super) fn depth_text(depth: f64, lang: Lang) -> String {
    fill(copy::DEPTH_UNIT.get(lang), &[&format_percent(depth, 2)])
}

/// "1 round", "6 rounds": rounds counted as the model counts them (see `model::cascade::Round`).
pub(super) fn rounds_text(rounds: usize, lang: Lang) -> String {
    if rounds == 1 {
        copy::ROUNDS_ONE.get(lang).to_owned()
    } else {
        fill(copy::ROUNDS_MANY.get(lang), &[&rounds.to_string()])
    }
}

/// The name of step `step` of the price path, for the scrubber and the map alike: before the
/// shock, round k of the run's rounds, or the end after the last round.
pub(super) fn point_label(run: &CascadeRun, step: usize, lang: Lang) -> String {
    let rounds = run.round_count();
    match run.point(step) {
        PathPoint::Start => copy::ROUND_START.get(lang).to_owned(),
        PathPoint::Round(k) => fill(
            copy::ROUND_VALUE.get(lang),
            &[&k.to_string(), &rounds.to_string()],
        ),
        PathPoint::End if rounds == 0 => copy::ROUND_END_NONE.get(lang).to_owned(),
        PathPoint::End => fill(copy::ROUND_END.get(lang), &[&rounds.to_string()]),
    }
}

/// The map's one-line summary: where the price starts, how many rounds, where it ends.
pub(super) fn map_summary(run: &CascadeRun, lang: Lang) -> String {
    let (start, end) = (
        price_text(1.0, lang),
        price_text(1.0 + run.final_move, lang),
    );
    match run.round_count() {
        0 => fill(copy::MAP_SUMMARY_NONE.get(lang), &[&start, &end]),
        rounds => fill(
            copy::MAP_SUMMARY.get(lang),
            &[&start, &rounds_text(rounds, lang), &end],
        ),
    }
}

/// A sensitivity row's "depth needed": the depth when one reproduces the target, marked when
/// the chain only jumps past it, and "cannot reach" when no depth on the slider gets there.
pub(super) fn depth_needed_text(c: &Calibration, lang: Lang) -> String {
    match c.outcome {
        CalibrationOutcome::Matched => depth_text(c.depth_pct_per_bn, lang),
        CalibrationOutcome::Jump => fill(
            copy::JUMPS_PAST.get(lang),
            &[&depth_text(c.depth_pct_per_bn, lang)],
        ),
        CalibrationOutcome::ShockAlreadyBeyond
        | CalibrationOutcome::Unreachable
        | CalibrationOutcome::WrongDirection => copy::NOT_REACHED.get(lang).to_owned(),
    }
}

/// Why the run stopped.
pub(super) fn stop_text(run: &CascadeRun, lang: Lang) -> String {
    match run.stop {
        _ if run.total_count == 0 => copy::NO_LIQUIDATION.get(lang).to_owned(),
        Stop::Settled => copy::STOP_SETTLED.get(lang).to_owned(),
        Stop::RoundLimit => fill(
            copy::STOP_ROUND_LIMIT.get(lang),
            &[&count_text(run.pending_count as f64, lang)],
        ),
        Stop::PriceLimit => copy::STOP_PRICE_LIMIT.get(lang).to_owned(),
    }
}

/// What "calibrate" found: the depth that reproduces the reported fall, or why none does.
pub(super) fn calibration_text(c: &Calibration, lang: Lang) -> String {
    let matched = || {
        fill(
            copy::CALIBRATED.get(lang),
            &[
                &depth_text(c.depth_pct_per_bn, lang),
                &format_change(c.achieved_move),
            ],
        )
    };
    match c.outcome {
        CalibrationOutcome::Matched => matched(),
        CalibrationOutcome::Jump => format!(
            "{} {}",
            matched(),
            fill(
                copy::CALIBRATION_JUMP.get(lang),
                &[&format_change(c.below_move), &format_change(c.above_move)]
            )
        ),
        CalibrationOutcome::ShockAlreadyBeyond => copy::CALIBRATION_BEYOND.get(lang).to_owned(),
        CalibrationOutcome::Unreachable => fill(
            copy::CALIBRATION_UNREACHABLE.get(lang),
            &[&format_change(c.achieved_move)],
        ),
        CalibrationOutcome::WrongDirection => copy::CALIBRATION_DIRECTION.get(lang).to_owned(),
    }
}
