//! Native benchmark of the cascade model: `cargo bench --bench cascade`.
//!
//! No harness dependency: each case runs a warm-up, then a fixed number of timed iterations,
//! and prints the median (and min/max) in milliseconds. The bench profile inherits the release
//! profile (opt-level "z", LTO), the settings the WebAssembly bundle is built with, so these are
//! a native floor for what `cascade:population` and `cascade:run` show in the browser.

use std::hint::black_box;
use std::time::Instant;

use crash_night::model::cascade::{sensitivity, CascadeParams, Population, PopulationParams};

fn measure(iterations: usize, mut f: impl FnMut()) -> (f64, f64, f64) {
    f(); // warm-up: page faults, caches
    let mut samples: Vec<f64> = (0..iterations)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    (
        samples[samples.len() / 2],
        samples[0],
        samples[samples.len() - 1],
    )
}

fn report(name: &str, iterations: usize, (median, min, max): (f64, f64, f64)) {
    println!(
        "{name:<44} median {median:>9.4} ms   min {min:>9.4}   max {max:>9.4}   (n={iterations})"
    );
}

fn main() {
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    println!(
        "cascade benchmark: {} {}, {cores} logical cores",
        std::env::consts::OS,
        std::env::consts::ARCH
    );

    for (count, iterations) in [
        (100_000u32, 30),
        (500_000, 21),
        (1_000_000, 11),
        (2_000_000, 7),
    ] {
        let params = PopulationParams {
            count,
            ..PopulationParams::default()
        };
        let stats = measure(iterations, || {
            black_box(Population::generate(black_box(&params)));
        });
        report(&format!("cascade:population n={count}"), iterations, stats);
    }

    let population = Population::generate(&PopulationParams::default());
    let defaults = CascadeParams::default();
    let run = population.run(&defaults);
    println!(
        "  default run (n={}): {} rounds, {} liquidated, ${:.3} bn, final move {:.2} %",
        population.len(),
        run.rounds.len(),
        run.total_count,
        run.total_notional / 1e9,
        run.final_move * 100.0
    );

    let iterations = 2001;
    let stats = measure(iterations, || {
        black_box(population.run(black_box(&defaults)));
    });
    report("cascade:run n=500000 (defaults)", iterations, stats);

    // A slider drag: a different shock every call.
    let mut step = 0u32;
    let stats = measure(iterations, || {
        step = (step + 1) % 300;
        let shock = -(step as f64) * 0.001;
        black_box(population.run(&CascadeParams { shock, ..defaults }));
    });
    report(
        "cascade:run n=500000 (shock sweep 0..-30 %)",
        iterations,
        stats,
    );

    let iterations = 201;
    let stats = measure(iterations, || {
        black_box(population.calibrate_depth(defaults.shock, defaults.max_rounds, -0.1281));
    });
    report("calibrate depth to -12.81 % n=500000", iterations, stats);
    let calibration = population.calibrate_depth(defaults.shock, defaults.max_rounds, -0.1281);
    println!("  calibration: {calibration:?}");

    let stats = measure(iterations, || {
        black_box(population.liquidation_map(0.55, 1.15, 60));
    });
    report("liquidation map, 60 bins n=500000", iterations, stats);

    // The sensitivity table as the page computes it: a 200,000-position sample standing for
    // the crowd (2.5 times bigger by default, 10 times at the largest), depths searched over the
    // whole slider in the crowd's own terms.
    for count in [500_000u32, 2_000_000] {
        let base = PopulationParams {
            count,
            ..PopulationParams::default()
        };
        let iterations = 3;
        let stats = measure(iterations, || {
            black_box(sensitivity(
                &base,
                defaults.shock,
                defaults.max_rounds,
                -0.1281,
                200_000,
            ));
        });
        report(
            &format!("sensitivity n={count} (8 variations, 200k sample)"),
            iterations,
            stats,
        );
        for row in sensitivity(&base, defaults.shock, defaults.max_rounds, -0.1281, 200_000) {
            println!(
                "  {:<16} {:?} at {:.4} %/bn: {:.0} liquidated, final move {:.2} %",
                format!("{:?}", row.variation),
                row.calibration.outcome,
                row.calibration.depth_pct_per_bn,
                row.count,
                row.calibration.achieved_move * 100.0
            );
        }
    }
}
