// Anchor for the compiled translations (.qm files are embedded into this library under :/i18n).
namespace fgg {
int translationsAnchor() {
    return 0;
}
} // namespace fgg
