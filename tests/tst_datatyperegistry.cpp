// The data-type registry against the specification's table, transcribed independently into
// tests/data/data-types.tsv, and against the schema the migrations build.
#include "catalogue/datatypes.h"
#include "catalogue/tableregistry.h"
#include "db/database.h"
#include "db/migrations.h"
#include "testsupport.h"
#include "write/recordcodec.h"

#include <QJsonDocument>

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;

class TstDataTypeRegistry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void everyRowOfTheSpecification_data();
    void everyRowOfTheSpecification();
    void noExtraRows();
    void tablesAndRegistryAgree();
    void schemaHasEveryTableAndGuard();
    void schemaDocumentNamesEveryTable();
    void classificationPicksTheRightRow_data();
    void classificationPicksTheRightRow();
    void existingUserIsLocal();
    void satelliteProcurementPreferenceIsLocal();
    void patientVisibility_data();
    void patientVisibility();

private:
    struct SpecRow {
        QString name;
        QStringList classes;
        QString notes;
    };
    static QList<SpecRow> specRows();
};

QList<TstDataTypeRegistry::SpecRow> TstDataTypeRegistry::specRows()
{
    QFile file(QStringLiteral(SITESYNC_TEST_DATA "/data-types.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<SpecRow> rows;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {  // line 0 is the header
        if (lines[i].trimmed().isEmpty())
            continue;
        const QStringList fields = QString::fromUtf8(lines[i]).split(QLatin1Char('\t'));
        rows.append(SpecRow{fields.value(0), fields.value(1).split(QLatin1Char(',')), fields.value(2)});
    }
    return rows;
}

// covers DT-1
void TstDataTypeRegistry::everyRowOfTheSpecification_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("classes");
    QTest::addColumn<QString>("notes");
    const QList<SpecRow> rows = specRows();
    QVERIFY2(rows.size() == 68, "the specification's table has 68 rows, from Items to Adverse drug reactions");
    for (int i = 0; i < rows.size(); ++i)
        QTest::newRow(qPrintable(rows[i].name)) << i << rows[i].name << rows[i].classes << rows[i].notes;
}

void TstDataTypeRegistry::everyRowOfTheSpecification()
{
    QFETCH(int, position);
    QFETCH(QString, name);
    QFETCH(QStringList, classes);
    QFETCH(QString, notes);
    const DataType* type = DataTypeRegistry::find(name);
    QVERIFY2(type, qPrintable(QStringLiteral("missing row: %1").arg(name)));
    QStringList actual;
    for (DataClass cls : type->classes)
        actual << dataClassId(cls);
    QCOMPARE(actual, classes);
    QCOMPARE(type->notes, notes);
    QCOMPARE(int(type - DataTypeRegistry::all().constData()), position);
}

// covers DT-1
void TstDataTypeRegistry::noExtraRows()
{
    QSet<QString> spec;
    for (const SpecRow& row : specRows())
        spec.insert(row.name);
    for (const DataType& type : DataTypeRegistry::all())
        QVERIFY2(spec.contains(type.name),
                 qPrintable(QStringLiteral("row not in the specification: %1").arg(type.name)));
    QCOMPARE(DataTypeRegistry::all().size(), spec.size());
}

// covers DT-1
void TstDataTypeRegistry::tablesAndRegistryAgree()
{
    // Every table a data type names is a record table, and every record table implements the
    // data type it says it does.
    for (const DataType& type : DataTypeRegistry::all()) {
        for (const QString& table : type.tables)
            QVERIFY2(TableRegistry::find(table),
                     qPrintable(QStringLiteral("%1 names unknown table %2").arg(type.name, table)));
    }
    for (const TableInfo& table : TableRegistry::tables()) {
        const DataType* type = DataTypeRegistry::find(table.dataType);
        QVERIFY2(type, qPrintable(table.name));
        QVERIFY2(type->tables.contains(table.name),
                 qPrintable(QStringLiteral("%1 does not list table %2").arg(type->name, table.name)));
        QCOMPARE(table.dispensary, type->isDispensary());
    }
}

// covers DT-1
void TstDataTypeRegistry::schemaHasEveryTableAndGuard()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db =
        Database::open(dir.filePath(QStringLiteral("s.db")), Database::OpenMode::CreateIfMissing);
    QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().message));
    for (const TableInfo& table : TableRegistry::tables()) {
        QVERIFY2((*db)->hasTable(table.name), qPrintable(table.name));
        QVERIFY2(!(*db)->columns(table.name).isEmpty() &&
                     (*db)->columns(table.name).first().name == QLatin1String("id"),
                 qPrintable(table.name));
        const Result<QVariant> triggers = (*db)->scalar(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"), {table.name});
        QVERIFY(triggers.ok());
        QCOMPARE(triggers->toInt(), table.guarded ? 3 : 0);
        if (!table.storeColumn.isEmpty())
            QVERIFY2(RecordCodec::column((*db)->columns(table.name), table.storeColumn), qPrintable(table.name));
    }
}

// covers DT-1
void TstDataTypeRegistry::schemaDocumentNamesEveryTable()
{
    QFile file(QStringLiteral(SITESYNC_TEST_DATA "/../../docs/schema.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const TableInfo& table : TableRegistry::tables()) {
        const QString prefix = QStringLiteral("| `%1` |").arg(table.name);
        const auto row =
            std::find_if(lines.begin(), lines.end(), [&](const QString& l) { return l.startsWith(prefix); });
        QVERIFY2(row != lines.end(), qPrintable(QStringLiteral("docs/schema.md has no row for %1").arg(table.name)));
        const bool named = row->contains(table.dataType) || row->contains(QLatin1String("| as "));
        QVERIFY2(named, qPrintable(QStringLiteral("docs/schema.md does not give %1 its data type").arg(table.name)));
        QVERIFY2(row->contains(dataClassLabel(table.usualClass()).section(QLatin1Char(' '), 0, 0)),
                 qPrintable(QStringLiteral("docs/schema.md does not give %1 its class").arg(table.name)));
    }
}

void TstDataTypeRegistry::classificationPicksTheRightRow_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("record");
    QTest::addColumn<bool>("centralised");
    QTest::addColumn<QString>("dataType");
    QTest::addColumn<QString>("dataClass");
    QTest::addColumn<QString>("storeId");

    QTest::newRow("item") << "item"
                          << R"({"id":"i1"})" << false << "Items"
                          << "central"
                          << "";
    QTest::newRow("supplier name") << "name"
                                   << R"({"id":"n1","type":"supplier"})" << false << "Names (except patients)"
                                   << "central"
                                   << "";
    QTest::newRow("patient") << "name"
                             << R"({"id":"p1","type":"patient","home_store_id":"D"})" << false
                             << "Patients and prescribers"
                             << "patient"
                             << "D";
    QTest::newRow("prescriber") << "prescriber"
                                << R"({"id":"x","home_store_id":"D"})" << false << "Patients and prescribers"
                                << "patient"
                                << "D";
    QTest::newRow("abbreviation") << "abbreviation"
                                  << R"({"id":"a"})" << false << "Abbreviations and item directions"
                                  << "central"
                                  << "";
    QTest::newRow("stock line") << "stock_line"
                                << R"({"id":"s","store_id":"B"})" << false << "Stock and replenishments"
                                << "store"
                                << "B";
    QTest::newRow("inventory adjustment") << "invoice"
                                          << R"({"id":"v","store_id":"B","type":"inventory_adjustment"})" << false
                                          << "Stocktakes and inventory adjustments"
                                          << "store"
                                          << "B";
    QTest::newRow("prescription") << "invoice"
                                  << R"({"id":"v","store_id":"B","type":"prescription"})" << false
                                  << "Transactions and prescriptions"
                                  << "store"
                                  << "B";
    QTest::newRow("purchase order") << "purchase_order"
                                    << R"({"id":"p","store_id":"B"})" << false << "Purchase orders"
                                    << "store"
                                    << "B";
    QTest::newRow("centralised purchase order")
        << "purchase_order"
        << R"({"id":"p","store_id":"B"})" << true << "Purchase orders (centralised)"
        << "central_store"
        << "B";
    QTest::newRow("store record") << "store"
                                  << R"({"id":"B"})" << false << "Stores and non sync-related store preferences"
                                  << "central_store"
                                  << "B";
    QTest::newRow("item visibility") << "item_store_join"
                                     << R"({"id":"j","item_id":"i","store_id":"B"})" << false
                                     << "Visibility of items and names (except patients)"
                                     << "central_store"
                                     << "B";
    QTest::newRow("sync settings") << "store_site"
                                   << R"({"id":"B@2","store_id":"B"})" << false << "Sites and sync-related preferences"
                                   << "sync"
                                   << "B";
    QTest::newRow("message") << "message"
                             << R"({"id":"m","from_store_id":"B","to_store_id":"C"})" << false << "Messages"
                             << "message"
                             << "B";
    QTest::newRow("new user") << "user_account"
                              << R"({"id":"u","store_id":"B"})" << false << "New users"
                              << "store"
                              << "B";
    QTest::newRow("local preference") << "preference"
                                      << R"({"id":"p","key":"printer"})" << false << "Preferences (non-store)"
                                      << "local"
                                      << "";
    QTest::newRow("synced preference on the primary")
        << "preference"
        << R"({"id":"p","key":"centralised_procurement"})" << false << "Preferences (non-store)"
        << "central"
        << "";
    QTest::newRow("user permission") << "user_permission"
                                     << R"({"id":"u"})" << false << "User permissions"
                                     << "local"
                                     << "";
}

// covers DT-1, RT-7
void TstDataTypeRegistry::classificationPicksTheRightRow()
{
    QFETCH(QString, table);
    QFETCH(QString, record);
    QFETCH(bool, centralised);
    QFETCH(QString, dataType);
    QFETCH(QString, dataClass);
    QFETCH(QString, storeId);
    ClassifyContext context;
    context.centralisedProcurement = centralised;
    context.isPrimary = true;
    context.inserting = true;  // a new record; what changes once it exists is below
    const Classification c = TableRegistry::classify(*TableRegistry::find(table),
                                                     QJsonDocument::fromJson(record.toUtf8()).object(), context);
    QVERIFY(c.dataType);
    QCOMPARE(c.dataType->name, dataType);
    QCOMPARE(dataClassId(c.dataClass), dataClass);
    QCOMPARE(c.storeId, storeId);
    QVERIFY(c.dataType->classes.contains(c.dataClass));
}

// covers DT-1, PT-6
void TstDataTypeRegistry::existingUserIsLocal()
{
    const QJsonObject user{{QStringLiteral("id"), QStringLiteral("u")},
                           {QStringLiteral("store_id"), QStringLiteral("B")}};
    ClassifyContext context;
    context.inserting = false;
    const Classification existing =
        TableRegistry::classify(*TableRegistry::find(QStringLiteral("user_account")), user, context);
    QVERIFY(existing.dataType);
    QCOMPARE(existing.dataType->name, QStringLiteral("User licenses and existing users"));
    QCOMPARE(existing.dataClass, DataClass::Local);
    context.inserting = true;
    const Classification created =
        TableRegistry::classify(*TableRegistry::find(QStringLiteral("user_account")), user, context);
    QCOMPARE(created.dataType->name, QStringLiteral("New users"));
    QCOMPARE(created.dataClass, DataClass::Store);
}

// covers RT-7
void TstDataTypeRegistry::satelliteProcurementPreferenceIsLocal()
{
    ClassifyContext satellite;
    satellite.isPrimary = false;
    const QJsonObject preference{{QStringLiteral("id"), QStringLiteral("p")},
                                 {QStringLiteral("key"), QStringLiteral("centralised_procurement")}};
    const Classification c =
        TableRegistry::classify(*TableRegistry::find(QStringLiteral("preference")), preference, satellite);
    QCOMPARE(c.dataClass, DataClass::Local);
}

void TstDataTypeRegistry::patientVisibility_data()
{
    QTest::addColumn<int>("site");
    QTest::addColumn<bool>("inserting");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("dataType");
    QTest::addColumn<QString>("storeId");
    // Patient P's home store H is active on site 2, with dispensary D2 and store S2; dispensary D3 is on site 3.
    QTest::newRow("new, home site, other dispensary") << 2 << true << "D2"
                                                      << "Visibility of new patients and prescribers"
                                                      << "H";
    QTest::newRow("new, home site, not a dispensary") << 2 << true << "S2"
                                                      << "Visibility of existing patients and prescribers"
                                                      << "S2";
    QTest::newRow("new, other site's dispensary") << 2 << true << "D3"
                                                  << "Visibility of existing patients and prescribers"
                                                  << "D3";
    QTest::newRow("change on the home site") << 2 << false << "D2"
                                             << "Visibility of existing patients and prescribers"
                                             << "D2";
    QTest::newRow("new, made elsewhere") << 1 << true << "D2"
                                         << "Visibility of existing patients and prescribers"
                                         << "D2";
}

// covers PT-3, DT-1
void TstDataTypeRegistry::patientVisibility()
{
    QFETCH(int, site);
    QFETCH(bool, inserting);
    QFETCH(QString, target);
    QFETCH(QString, dataType);
    QFETCH(QString, storeId);
    ClassifyContext context;
    context.siteId = site;
    context.inserting = inserting;
    context.fetch = [](const QString& table, const QString& id) {
        if (table == QLatin1String("name") && id == QLatin1String("P"))
            return QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("type"), QStringLiteral("patient")},
                               {QStringLiteral("home_store_id"), QStringLiteral("H")}};
        if (table == QLatin1String("store"))
            return QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("is_dispensary"), id.startsWith(QLatin1Char('D')) ? 1 : 0}};
        return QJsonObject();
    };
    context.activeSiteOf = [](const QString& store) -> std::optional<int> {
        return store.endsWith(QLatin1Char('3')) ? 3 : 2;
    };
    const QJsonObject join{{QStringLiteral("id"), QStringLiteral("j")},
                           {QStringLiteral("name_id"), QStringLiteral("P")},
                           {QStringLiteral("store_id"), target}};
    const Classification c =
        TableRegistry::classify(*TableRegistry::find(QStringLiteral("name_store_join")), join, context);
    QCOMPARE(c.dataType->name, dataType);
    QCOMPARE(c.storeId, storeId);
    QCOMPARE(c.patientId, QStringLiteral("P"));
}

QTEST_GUILESS_MAIN(TstDataTypeRegistry)
#include "tst_datatyperegistry.moc"
