fn main() {
    yew::Renderer::<gut_skin_check::App>::new().render();
}
