#pragma once

class QApplication;

namespace assay::gui {

/// Gives the application its name (for settings), its calm look (Fusion, a light palette,
/// fonts that render Chinese well) and its style sheet. Tests call it too, so that their
/// screenshots look like the program.
void configureApplication(QApplication &app);

/// Runs `assay-desktop`: parses the command line, opens the window (and the project given
/// or the one open last time), and returns the exit code.
int runDesktop(int argc, char **argv);

} // namespace assay::gui
