package org.castellan.metering.demo;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.castellan.demo.DemoContext;
import org.castellan.demo.DemoFleet;
import org.castellan.demo.DemoHeatMeters;
import org.castellan.irz.emulator.EmulatorConfig;
import org.castellan.irz.emulator.EmulatorFleet;
import org.castellan.irz.emulator.ModemEmulator;
import org.castellan.metering.Meter;
import org.castellan.metering.MeterConnection;
import org.castellan.metering.MeterForm;
import org.castellan.metering.MeterService;
import org.castellan.metering.PollPlan;
import org.castellan.metering.PollPlanForm;
import org.castellan.modems.GatewayNode;
import org.castellan.modems.Imei;
import org.castellan.modems.Modem;
import org.castellan.modems.ModemForm;
import org.castellan.modems.ModemService;
import org.castellan.modems.Sharing;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's heat metering: a polling plan that reads everything every minute ({@value #PLAN}) and
 * {@value #METERS} TEM-106 meters under it — the meters on the three modems of the modem demo plus fourteen more
 * emulated iRZ modems, three of them with two meters on one RS-485 line (addresses 1 and 2). The meters keep the
 * demo's fast clock ({@link DemoHeatMeters}: the whole previous month in the archive, one simulated hour per real
 * minute), so within a minute of the start the meters are identified, current values and archives are stored and a
 * monthly statement can be produced.
 *
 * <p>Two meters are there to go wrong: the one on line "ЦТП-9" never answers (its line is silent: reads fail and
 * retry, the meter falls silent), and "МКД ул. Гагарина, 3" has limits its heating cannot keep (supply at most
 * 55 °C, Δt at least 25 °C), for the abnormal-situation alarms. Every emulated meter also has a few error hours of its
 * own (flow below Gmin or above Gmax, small Δt: see the emulator's simulation).
 *
 * <p><b>Lifecycle:</b> runs after the modem demo (whose modems it registers meters on); registers idempotently by
 * name; {@link #stop()} hangs up its modems.
 */
@Component
@Profile("demo")
@Order(30)
class DemoMeterFleet implements DemoFleet {
    static final String PLAN = "Demo: every minute";
    static final int METERS = 20;
    private static final String HEAT_SUPPLIER = "ПАО «Т Плюс»";

    /** A meter on a line: its RS-485 address, names for people, and limits (none when empty). */
    record Spec(int address, String name, String consumer, String contract, String addressText,
                Map<String, Object> limits) {
        Spec(int address, String name, String consumer, String contract, String addressText) {
            this(address, name, consumer, contract, addressText, Map.of());
        }
    }

    /** A modem and the meters on its serial line; {@code emulated} false: the modem demo runs it. */
    record Line(String imei, String site, String zone, String modemName, boolean emulated, boolean silent,
                List<Spec> meters) {
    }

    static final List<Line> LINES = List.of(
            // the modem demo's three modems (DemoModemFleet): one meter each at address 1
            new Line("356938035643809", "Boiler House No. 3", "Heat substation", null, false, false, List.of(
                    new Spec(1, "Котельная № 3 — узел учёта на выводе", "МУП «Теплосеть»", "ТС-0003/2024",
                            "ул. Заводская, 1"))),
            new Line("352099001761481", "Residential Block 7", "Basement", null, false, false, List.of(
                    new Spec(1, "МКД ул. Ленина, 12", "ТСЖ «Северный»", "Т-1207/2023", "ул. Ленина, 12"))),
            new Line("359072061234569", "Office Tower", "Server room", null, false, false, List.of(
                    new Spec(1, "Бизнес-центр «Башня» — ИТП", "ООО «Башня»", "Т-0455/2022",
                            "пр. Мира, 101"))),
            line(1, "Residential Block 7", "Entrance 1", "ЦТП-1", false,
                    new Spec(1, "МКД ул. Ленина, 14", "ТСЖ «Северный»", "Т-1208/2023", "ул. Ленина, 14"),
                    new Spec(2, "МКД ул. Ленина, 16", "ТСЖ «Северный»", "Т-1209/2023", "ул. Ленина, 16")),
            line(2, "Residential Block 7", "Entrance 2", "ЦТП-2", false,
                    new Spec(1, "МКД ул. Садовая, 5", "УК «Уютный дом»", "Т-2105/2024", "ул. Садовая, 5")),
            line(3, "Residential Block 7", "Basement", "ЦТП-3", false,
                    new Spec(1, "МКД ул. Садовая, 7", "УК «Уютный дом»", "Т-2107/2024", "ул. Садовая, 7"),
                    new Spec(2, "МКД ул. Садовая, 9", "УК «Уютный дом»", "Т-2109/2024", "ул. Садовая, 9")),
            line(4, "Residential Block 7", "Entrance 1", "ЦТП-4", false,
                    new Spec(1, "МКД ул. Гагарина, 3", "ЖСК «Восход»", "Т-0303/2021", "ул. Гагарина, 3",
                            Map.of("1", Map.of("tMax", 55, "dtMin", 25)))),
            line(5, "Office Tower", "Parking", "ИТП паркинга", false,
                    new Spec(1, "Паркинг бизнес-центра", "ООО «Башня»", "Т-0456/2022", "пр. Мира, 101, стр. 2")),
            line(6, "Office Tower", "Main entrance", "ИТП корпуса Б", false,
                    new Spec(1, "Бизнес-центр «Башня», корпус Б", "ООО «Башня»", "Т-0457/2022",
                            "пр. Мира, 103")),
            line(7, "Boiler House No. 3", "Heat substation", "ЦТП-7", false,
                    new Spec(1, "Школа № 17", "МБОУ СОШ № 17", "Т-1717/2020", "ул. Школьная, 17"),
                    new Spec(2, "Детский сад № 42 «Солнышко»", "МБДОУ д/с № 42", "Т-4242/2020",
                            "ул. Школьная, 19")),
            line(8, "Boiler House No. 3", "Control room", "ЦТП-8", false,
                    new Spec(1, "Поликлиника № 2", "ГБУЗ «Городская поликлиника № 2»", "Т-0202/2019",
                            "ул. Пушкина, 8")),
            line(9, "Boiler House No. 3", "Heat substation", "ЦТП-9", true,
                    new Spec(1, "МКД ул. Пушкина, 10", "ТСЖ «Пушкинский»", "Т-1010/2022", "ул. Пушкина, 10")),
            line(10, "Residential Block 7", "Entrance 2", "ЦТП-10", false,
                    new Spec(1, "МКД ул. Мира, 21", "ТСН «Мира 21»", "Т-2121/2023", "ул. Мира, 21")),
            line(11, "Residential Block 7", "Entrance 1", "ЦТП-11", false,
                    new Spec(1, "МКД ул. Мира, 23", "ТСН «Мира 23»", "Т-2323/2023", "ул. Мира, 23")),
            line(12, "Office Tower", "Server room", "ИТП ЦОД", false,
                    new Spec(1, "Центр обработки данных", "ООО «Башня»", "Т-0458/2022", "пр. Мира, 101, стр. 3")),
            line(13, "Boiler House No. 3", "Control room", "ЦТП-13", false,
                    new Spec(1, "Бассейн «Дельфин»", "МАУ «Спортивные сооружения»", "Т-1313/2021",
                            "ул. Спортивная, 2")),
            line(14, "Residential Block 7", "Basement", "ЦТП-14", false,
                    new Spec(1, "МКД ул. Северная, 4", "ТСЖ «Северный»", "Т-1210/2023", "ул. Северная, 4")));

    private final MeterService meters;
    private final ModemService modems;
    private final GatewayNode gateway;
    private final EmulatorFleet fleet = new EmulatorFleet();

    DemoMeterFleet(MeterService meters, ModemService modems, Optional<GatewayNode> gateway) {
        this.meters = meters;
        this.modems = modems;
        this.gateway = gateway.orElse(null);
    }

    @Override
    public List<String> describe() {
        if (gateway == null) {
            return List.of("no heat meters: the gateway is off (castellan.gateway.enabled=false)");
        }
        long own = LINES.stream().filter(Line::emulated).count();
        return List.of(METERS + " TEM-106 heat meters (plan \"" + PLAN + "\") on the 3 demo modems and " + own
                + " more; meter clocks run " + DemoHeatMeters.SPEED + "x fast, the previous month is in the archives");
    }

    @Override
    public void start(DemoContext context) {
        if (gateway == null) {
            return;
        }
        long orgId = context.organization().id();
        PollPlan plan = plan(context);
        List<String> registered = meters.meters(context.actor(), orgId, null).stream().map(Meter::name).toList();
        InetSocketAddress server = new InetSocketAddress("127.0.0.1", gateway.modemPorts().get(0));
        List<ModemEmulator> started = new ArrayList<>();
        long serial = 106_101;
        for (Line line : LINES) {
            Modem modem = modem(context, line);
            for (Spec spec : line.meters()) {
                if (!registered.contains(spec.name())) {
                    meters.register(context.actor(), form(context, line, spec, modem.id(), plan.id()));
                }
            }
            if (line.emulated()) {
                List<org.castellan.tem106.emulator.VirtualMeter> onLine = new ArrayList<>();
                for (Spec spec : line.meters()) {
                    onLine.add(DemoHeatMeters.meter(spec.address(), serial++, Clock.systemUTC()));
                }
                MeterBus bus = new MeterBus(onLine, Duration.ZERO, null);
                bus.silent(line.silent());
                started.add(fleet.add(EmulatorConfig.builder(server, line.imei()).field("DEV", "ATM21.A")
                        .keepAlive(Duration.ofSeconds(50), 2).build(), bus));
            }
        }
        started.forEach(ModemEmulator::connect);
    }

    @Override
    public void stop() {
        fleet.close();
    }

    private PollPlan plan(DemoContext context) {
        long orgId = context.organization().id();
        Duration minute = Duration.ofMinutes(1);
        // a failed read is tried again after 15 s (then 30 s, 1 min…), so a hiccup at start is mended within the minute
        return meters.plans(context.actor()).stream().filter(p -> p.orgId() == orgId && p.name().equals(PLAN))
                .findFirst().orElseGet(() -> meters.createPlan(context.actor(), new PollPlanForm(orgId, PLAN, minute,
                        minute, 240, minute, 62, minute, 13, null, null, false, 5, Duration.ofSeconds(15), null,
                        null)));
    }

    private Modem modem(DemoContext context, Line line) {
        Optional<Modem> existing = modems.byKey(context.actor(), line.imei(), 0);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!line.emulated()) {
            throw new IllegalStateException("the modem demo did not register modem " + line.imei());
        }
        return modems.register(context.actor(), new ModemForm(line.imei(), 0, context.organization().id(),
                context.site(line.site()).id(), context.zone(line.zone()).id(), line.modemName() + " — теплосчётчики",
                null, "ATM21.A", null, Sharing.TURNS, "demo: heat metering"));
    }

    private static MeterForm form(DemoContext context, Line line, Spec spec, long modemId, long planId) {
        return new MeterForm(context.organization().id(), context.site(line.site()).id(),
                context.zone(line.zone()).id(), spec.name(), MeterConnection.MODEM, modemId, null, null, null, null,
                spec.address(), DemoHeatMeters.ZONE.getId(), planId, spec.consumer(), spec.contract(),
                spec.addressText(), HEAT_SUPPLIER, LocalDate.of(2028, 9, 1), 1, 1, null, spec.limits());
    }

    /** The {@code n}th modem of this fleet: an IMEI of a made-up type allocation code with its check digit. */
    private static Line line(int n, String site, String zone, String name, boolean silent, Spec... meters) {
        String digits = "86100005" + String.format("%06d", n);
        return new Line(digits + Imei.checkDigit(digits), site, zone, name, true, silent, List.of(meters));
    }
}
