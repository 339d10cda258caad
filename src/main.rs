fn main() {
    crash_night::start();
}
