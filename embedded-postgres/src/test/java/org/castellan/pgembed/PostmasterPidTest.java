package org.castellan.pgembed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostmasterPidTest {

    @TempDir
    Path cluster;

    @Test
    void readsPidAndDataDirectory() throws IOException {
        write(4242);

        assertThat(PostmasterPid.read(cluster)).contains(new PostmasterPid(4242, cluster));
    }

    @Test
    void treatsAMissingOrTruncatedFileAsAbsent() throws IOException {
        assertThat(PostmasterPid.read(cluster)).isEmpty();

        Files.writeString(cluster.resolve(PostmasterPid.FILE_NAME), "4242\n");
        assertThat(PostmasterPid.read(cluster)).isEmpty();
    }

    @Test
    void recognisesADeadPid() throws IOException {
        write(1 << 30); // above Linux's pid_max

        assertThat(PostmasterPid.read(cluster).orElseThrow().owner(cluster)).isEqualTo(PostmasterPid.Owner.GONE);
    }

    @Test
    void recognisesAReusedPidThatIsNotPostgres() throws IOException {
        write(ProcessHandle.current().pid()); // alive, but a java process

        assertThat(PostmasterPid.read(cluster).orElseThrow().owner(cluster))
                .isEqualTo(PostmasterPid.Owner.SOMETHING_ELSE);
    }

    private void write(long pid) throws IOException {
        // The real file has more lines (start time, port, socket directory, ...); only the first two are used.
        Files.writeString(cluster.resolve(PostmasterPid.FILE_NAME),
                pid + "\n" + cluster + "\n1700000000\n5432\n\n127.0.0.1\n  5432001    32768\nready   \n");
    }
}
