fn main() {
    gut_skin_check::start();
}
