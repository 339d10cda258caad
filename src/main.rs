fn main() {
    yew::Renderer::<crash_night::app::App>::new().render();
}
