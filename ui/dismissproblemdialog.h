#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace sitesync::ui {

// Asks why a sync problem is dismissed (ACC-2): the reason is kept with it and in the audit log,
// so the dialog accepts only once one is given.
class DismissProblemDialog : public QDialog {
    Q_OBJECT

public:
    DismissProblemDialog(qint64 problemId, const QString& record, QWidget* parent = nullptr);
    QString reason() const;

private:
    QLineEdit* m_reason = nullptr;
    QPushButton* m_ok = nullptr;
};

}  // namespace sitesync::ui
