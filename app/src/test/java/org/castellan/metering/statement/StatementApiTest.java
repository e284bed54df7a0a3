package org.castellan.metering.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.castellan.metering.ArchiveEntry;
import org.castellan.metering.ArchiveInterval;
import org.castellan.metering.ArchiveStore;
import org.castellan.metering.Meter;
import org.castellan.metering.MeterConnection;
import org.castellan.metering.MeterForm;
import org.castellan.metering.MeterService;
import org.castellan.metering.PollPlanForm;
import org.castellan.metering.ReadJob;
import org.castellan.metering.ReadKind;
import org.castellan.metering.ReadQueue;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.tem106.emulator.MeterProfile;
import org.castellan.tem106.emulator.TcpEmulator;
import org.castellan.tem106.emulator.VirtualMeter;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.HttpApi;
import org.castellan.testsupport.IntegrationTest;
import org.castellan.users.User;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A statement of last month from an emulated meter read through the worker, downloaded over the API: the figures of a
 * day are the difference of the stored daily records, a lost day is stated on the statement's face, and both files
 * open.
 */
class StatementApiTest extends IntegrationTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Autowired
    MeterService meters;
    @Autowired
    ReadQueue queue;
    @Autowired
    ArchiveStore archive;
    @Autowired
    JdbcClient jdbc;

    private TcpEmulator emulator;
    private Meter meter;
    private User engineer;
    private YearMonth month;

    @BeforeEach
    void readAMetersDailyArchive() throws Exception {
        LocalDateTime now = LocalDateTime.now(MOSCOW);
        month = YearMonth.from(now).minusMonths(1);
        VirtualMeter virtual = new VirtualMeter(MeterProfile.defaults().withAddress(3).withSerialNumber(106_333)
                .withStart(now).withHistory(Duration.ofDays(66)), Clock.systemUTC());
        emulator = TcpEmulator.startOnLoopback(virtual, 0);
        Organization org = fixtures.organization();
        engineer = fixtures.user(Set.of(Role.ENGINEER), org);
        CurrentUser caller = fixtures.caller(engineer);
        long plan = meters.createPlan(caller, new PollPlanForm(org.id(), fixtures.unique("Plan"), null, null, null,
                null, 66, null, null, null, null, false, 3, null, null, null)).id();
        meter = meters.register(caller, new MeterForm(org.id(), null, null, fixtures.unique("Meter"),
                MeterConnection.TCP, null, "127.0.0.1", emulator.port(), null, null, 3, "Europe/Moscow", plan,
                "ТСЖ «Северный»", "Д-17/2026", "ул. Ленина, 12", "ПАО «Теплосеть»", LocalDate.of(2028, 5, 1), 1, 1,
                null, Map.of()));
        ReadJob job = meters.readNow(caller, meter.id(), ReadKind.DAILY);
        await().atMost(Duration.ofSeconds(90)).until(() -> queue.job(job.id()).orElseThrow(), ReadJob::finished);
        assertThat(queue.job(job.id()).orElseThrow().state()).isEqualTo("DONE");
    }

    @AfterEach
    void close() throws Exception {
        emulator.close();
    }

    private HttpApi api() {
        return HttpApi.basic(baseUrl(), engineer.username(), Fixtures.PASSWORD);
    }

    private List<Row> xlsx(byte[] bytes) throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            return new ArrayList<>(workbook.getFirstSheet().read());
        }
    }

    @Test
    void lastMonthsStatementShowsEachDaysConsumptionFromTheStoredRecords() throws Exception {
        LocalDate second = month.atDay(2);
        List<ArchiveEntry> days = archive.entries(meter.id(), ArchiveInterval.DAILY, second.minusDays(1).atStartOfDay(),
                second.atStartOfDay());
        assertThat(days).hasSize(2);
        var energy0 = days.get(0).system(1).orElseThrow().energy();
        BigDecimal q = days.get(1).system(1).orElseThrow().energy().value().subtract(energy0.value());

        byte[] bytes = api().download("/api/v1/meters/" + meter.id() + "/statement?month=" + month
                + "&format=xlsx&language=ru");
        List<Row> rows = xlsx(bytes);
        assertThat(rows.getFirst().getCellText(0)).isEqualTo("Ведомость учета тепловой энергии");
        assertThat(rows).anySatisfy(r -> assertThat(r.getCellText(3)).isEqualTo("ТСЖ «Северный»"));
        assertThat(rows).anySatisfy(r -> assertThat(r.getCellText(3)).contains("106333"));
        Row day = rows.stream().filter(r -> r.getCellText(0).equals(second.format(DateTimeFormatter
                .ofPattern("dd.MM.yyyy")))).findFirst().orElseThrow();
        assertThat(day.getCell(2).asNumber()).isEqualByComparingTo(q.setScale(energy0.scale(), RoundingMode.HALF_UP));
        assertThat(rows).noneSatisfy(r -> assertThat(r.getCellText(0)).startsWith("Нет данных"));

        byte[] pdf = api().download("/api/v1/meters/" + meter.id() + "/statement?month=" + month + "&format=pdf&language=en");
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("106333").contains("No gaps in the data.").contains("ТСЖ «Северный»");
    }

    @Test
    void aLostDayIsStatedOnTheStatementsFace() throws Exception {
        LocalDate lost = month.atDay(10);
        jdbc.sql("delete from archive_record where meter_id = :m and interval_kind = 'DAILY' and period_start = :p")
                .param("m", meter.id()).param("p", lost.atStartOfDay()).update();
        List<Row> rows = xlsx(api().download("/api/v1/meters/" + meter.id() + "/statement?month=" + month
                + "&format=xlsx&language=ru"));
        String date = lost.format(DateTimeFormatter.ofPattern("dd.MM"));
        assertThat(rows).anySatisfy(r -> assertThat(r.getCellText(0)).isEqualTo("Нет данных за 1 сут: " + date));

        HttpApi.Response unknown = api().get("/api/v1/meters/" + meter.id() + "/statement?month=" + month
                + "&format=doc");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("doc");
    }
}
