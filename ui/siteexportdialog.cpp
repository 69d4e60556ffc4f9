#include "siteexportdialog.h"

#include "backgroundtask.h"
#include "colours.h"
#include "site/sitesession.h"
#include "sitefile/siteexport.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sitesync::ui {

SiteExportDialog::SiteExportDialog(SiteSession& session, int siteId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_siteId(siteId)
{
    setObjectName(QStringLiteral("siteExportDialog"));
    setWindowTitle(tr("Export site data file"));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    // The dialog grows to hold a long message, word-wrapped, instead of clipping it.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto* intro = new QLabel(tr("The data file holds everything site %1 (%2) needs, so that its machine does not "
                                "pull it all over the network. Take it to that machine and import it there. "
                                "Changes made after the export reach the site with its first sync.")
                                 .arg(siteId)
                                 .arg(session.site().siteName(siteId)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("&File:"), this));
    m_file = new QLineEdit(QDir::home().filePath(QStringLiteral("site-%1.sitesync").arg(siteId)), this);
    m_file->setObjectName(QStringLiteral("exportFile"));
    fileRow->addWidget(m_file, 1);
    static_cast<QLabel*>(fileRow->itemAt(0)->widget())->setBuddy(m_file);
    auto* browse = new QPushButton(tr("Browse..."), this);
    browse->setObjectName(QStringLiteral("exportBrowse"));
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    layout->addWidget(m_progress);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &SiteExportDialog::exportNow);
    connect(browse, &QPushButton::clicked, this, &SiteExportDialog::chooseFile);
    connect(m_file, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_export->setEnabled(!m_exported && !text.trimmed().isEmpty()); });
}

void SiteExportDialog::chooseFile()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export site data file"), m_file->text(),
                                                      tr("Site data files (*.sitesync)"));
    if (!file.isEmpty())
        m_file->setText(file);
}

QString SiteExportDialog::unwritable(const QString& file)
{
    const QFileInfo info(file);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return tr("The file could not be written: the folder %1 does not exist.")
            .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    if (!folder.isDir() || !folder.isWritable())
        return tr("The file could not be written: the folder %1 is not writable. Choose another folder.")
            .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    return QString();
}

void SiteExportDialog::showProblem(const QString& problem)
{
    m_progress->clear();
    m_message->setStyleSheet(errorStyleSheet());
    m_message->setText(problem);
    adjustSize();
}

void SiteExportDialog::exportNow()
{
    const QString file = m_file->text().trimmed();
    const int siteId = m_siteId;
    if (const QString problem = unwritable(file); !problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    // The dialog outlives the work (runInBackground waits for it); its label is written in its thread.
    QLabel* progress = m_progress;
    m_message->clear();
    const Result<SiteExportReport> report = runInBackground<SiteExportReport>(
        m_session.database().path(),
        [siteId, file, progress](SiteSession& central) {
            return SiteExport::write(central, siteId, file, [progress](qint64 records) {
                QMetaObject::invokeMethod(
                    progress,
                    [progress, records] {
                        progress->setText(SiteExportDialog::tr("%L1 records written").arg(records));
                    },
                    Qt::QueuedConnection);
            });
        },
        this);
    if (!report) {
        // The database's own wording means nothing to a person; the engine's other reasons do.
        showProblem(report.error().kind == ErrorKind::Database
                        ? tr("The file could not be written: %1").arg(QDir::toNativeSeparators(file))
                        : report.error().message);
        return;
    }
    m_message->setStyleSheet(QString());
    m_exported = true;
    m_export->setEnabled(false);
    m_progress->setText(tr("%L1 records written").arg(report->records));
    m_message->setText(tr("Wrote %1 (%2). On the site's machine, start SiteSync with a new database and choose "
                          "\"Import a site data file\", or run:\n  sitesyncctl --db PATH site import FILE --central "
                          "URL --password-stdin")
                           .arg(QDir::toNativeSeparators(file), QLocale().formattedDataSize(report->bytes)));
    adjustSize();
}

}  // namespace sitesync::ui
