package org.castellan.tem106.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.castellan.tem106.testing.FuzzSeeds.Target;
import org.junit.jupiter.api.Test;

/** Every decoder fuzz test is set up so that the build fuzzes it and replays its committed seeds. */
class FuzzSeedsTest {
    private static final String REWRITE = "rewrite the seeds: java -cp \"$(bench/tem106-classpath.sh)\" "
            + FuzzSeeds.class.getName() + " tem106/src/test/resources";

    private final List<Target> targets = FuzzSeeds.targets();

    @Test
    void everyDecoderHasAFuzzTestWithOneFuzzMethodTakingBytes() {
        assertThat(targets).extracting(t -> t.testClass().getSimpleName()).contains("RequestDecoderFuzzTest",
                "ReplyDecoderFuzzTest", "FramerFuzzTest", "MemoryMapFuzzTest", "ArchiveRecordFuzzTest");
        for (Target target : targets) {
            assertThat(target.method().getParameterTypes()).as("%s", target.method()).containsExactly(byte[].class);
        }
    }

    @Test
    void everyFuzzTestHasItsSeedsCommittedWhereJazzerReplaysThem() throws IOException {
        for (Target target : targets) {
            assertThat(target.seeds()).as("seeds of %s", target.testClass()).hasSizeGreaterThanOrEqualTo(8);
            for (Map.Entry<String, byte[]> seed : target.seeds().entrySet()) {
                String resource = "/" + target.directory() + "/" + seed.getKey();
                try (InputStream committed = FuzzSeedsTest.class.getResourceAsStream(resource)) {
                    assertThat(committed).as("%s is missing: %s", resource, REWRITE).isNotNull();
                    assertThat(committed.readAllBytes()).as("%s differs: %s", resource, REWRITE)
                            .isEqualTo(seed.getValue());
                }
            }
        }
    }
}
