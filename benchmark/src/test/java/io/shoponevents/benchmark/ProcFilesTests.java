package io.shoponevents.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProcFilesTests {

    @Test
    void findsTheInodeListeningOnAPortInProcNetTcp() {
        List<String> tcp6 = List.of(
                "  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
                "   0: 00000000000000000000000000000000:1F91 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 424242 1 0000000000000000 100 0 0 10 0",
                "   1: 0000000000000000FFFF00000100007F:1F91 0000000000000000FFFF00000100007F:C350 01 00000000:00000000 00:00000000 00000000     0        0 777 1 0000000000000000 20 4 30 10 -1");

        assertThat(ListeningSockets.inodeListeningOn(8081, tcp6)).contains("424242");
        assertThat(ListeningSockets.inodeListeningOn(8082, tcp6)).isEmpty();
    }

    @Test
    void readsPeakResidentMemoryFromProcStatus() {
        assertThat(ServiceMemory.parseVmHwm(List.of("Name:\tjava", "VmPeak:\t 5000 kB", "VmHWM:\t  312456 kB")))
                .isEqualTo(OptionalLong.of(312456));
    }

    @Test
    void readsTheMotoVersionPinnedByTheScript() {
        assertThat(Machine.motoVersion(List.of("set -euo pipefail", "MOTO_VERSION=\"5.2.5\"")))
                .isEqualTo("5.2.5");
    }

    @Test
    void backlogGrowsOnlyWhenTheDepthRisesBeyondASecondOfArrivals() {
        assertThat(Backlog.of(List.of(0, 12, 30, 14, 16, 11), 20).growing()).isFalse();
        assertThat(Backlog.of(List.of(0, 12, 30, 60, 90, 140), 20).growing()).isTrue();
    }
}
