package org.castellan.gateway.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.castellan.irz.emulator.EmulatorConfig;

/**
 * Phase 4: 5,000 modems online with their poller ports; all hang up at once (each socket closed: the gateway sees the
 * FIN) and dial again at once, without waiting for the gateway to notice — as after a cell or APN outage. A modem
 * whose dial or greeting fails dials again after 1 s. The figure is the gateway's own: from the control command sent
 * just before the first hang-up to the identification of the 5,000th distinct session (new, or replacing a
 * connection the gateway had not yet seen end). Then every session is checked: the same 5,000, online, on the poller
 * port each had.
 */
final class StormPhase {

    static final int MODEMS = 5000;

    private final Control control;
    private final Modems modems;

    StormPhase(Control control, Modems modems) {
        this.control = control;
        this.modems = modems;
    }

    void run() throws IOException, InterruptedException {
        for (int connected = 0; connected < MODEMS; connected += 500) {
            Modems.Batch batch = modems.connect(500);
            if (batch.failed() > 0) {
                throw new IOException("storm: expected " + MODEMS + " modems online, " + batch.failures() + " failed");
            }
        }
        awaitSettled();
        Map<String, String> mark = control.ask("mark " + MODEMS);
        long start = System.nanoTime();
        List<EmulatorConfig> configs = modems.dropAll();
        long dropped = System.nanoTime();
        AtomicInteger redials = new AtomicInteger();
        List<CompletableFuture<Void>> dials = new ArrayList<>();
        for (EmulatorConfig config : configs) {
            dials.add(modems.dial(config, 10, redials));
        }
        long dialled = System.nanoTime();
        Map<String, String> back = control.ask("await " + MODEMS + " 60");
        int failed = 0;
        for (CompletableFuture<Void> dial : dials) {
            failed += dial.handle((ok, error) -> error == null ? 0 : 1).join();
        }
        long greeted = System.nanoTime();
        Map<String, String> verify = control.ask("verify");
        Report.note("storm: marked %s; hung up in %.0f ms, dials started in %.0f ms; %s; %s", mark,
                (dropped - start) / 1e6, (dialled - dropped) / 1e6, back, verify);
        long millis = Long.parseLong(back.get("millis"));
        boolean intact = verify.get("samePort").equals(String.valueOf(MODEMS)) && verify.get("missing").equals("0")
                && verify.get("offline").equals("0") && verify.get("extra").equals("0");
        Report.row("reconnect storm: " + Report.grouped(MODEMS) + " modems hang up and dial again at once; until all "
                + "are identified again", (millis < 0 ? "not within 60 s (" + back.get("back") + " back)"
                        : String.format(Locale.ROOT, "**%.2f s**", millis / 1000.0))
                + String.format(Locale.ROOT, " (gateway clock; all greeted at the modems after %.2f s; %d redials, %d"
                        + " gave up); ", (greeted - start) / 1e9, redials.get(), failed)
                + "after: " + verify.get("samePort") + " sessions on the same poller port, " + verify.get("missing")
                + " missing, " + verify.get("offline") + " offline, " + verify.get("extra") + " new",
                "≤ 10 s, none lost", millis >= 0 && millis <= 10_000 && intact);
    }

    /** Waits until the gateway has every modem online with its poller port bound. */
    private void awaitSettled() throws IOException, InterruptedException {
        for (int i = 0; i < 300; i++) {
            Map<String, String> stats = control.ask("stats");
            if (stats.get("online").equals(String.valueOf(MODEMS)) && stats.get("ported").equals(
                    String.valueOf(MODEMS))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IOException("storm: expected " + MODEMS + " sessions online with poller ports, found "
                + control.ask("stats"));
    }
}
