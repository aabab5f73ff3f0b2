#include "app/studio/AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fgg::studio {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("About fgg-studio"));
    auto* layout = new QVBoxLayout(this);
    auto* header = new QLabel(this);
    header->setPixmap(QIcon(QStringLiteral(":/icons/fgg-studio.svg")).pixmap(64, 64));
    layout->addWidget(header, 0, Qt::AlignHCenter);
    auto* text = new QTextBrowser(this);
    text->setOpenExternalLinks(true);
    text->setHtml(
        tr("<h2>fgg-studio %1</h2>"
           "<p>A composition workstation for symbolic music generation with <b>Fine-Grained Guidance</b> "
           "(FGG) "
           "diffusion: Zhu et al., <i>Fine-grained guidance for symbolic music generation</i>, ICML 2025 "
           "(arXiv 2410.08435).</p>"
           "<h3>Licences</h3>"
           "<ul>"
           "<li><b>POP909</b> dataset (training data of the shipped models): MIT licence, © 2020 Music X "
           "Lab.</li>"
           "<li><b>FluidR3_GM</b> soundfont (default sound): MIT licence, © Frank Wen.</li>"
           "<li><b>Qt 6</b>: LGPL v3.</li>"
           "<li><b>LibTorch</b>: BSD-style licence.</li>"
           "<li><b>FluidSynth</b>: LGPL v2.1 or later.</li>"
           "<li><b>RtMidi</b>: MIT-style licence.</li>"
           "</ul>")
            .arg(QCoreApplication::applicationVersion()));
    layout->addWidget(text, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 440);
}

} // namespace fgg::studio
