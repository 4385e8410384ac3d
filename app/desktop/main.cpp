#include "window/Application.h"

int main(int argc, char **argv)
{
    return assay::gui::runDesktop(argc, argv);
}
