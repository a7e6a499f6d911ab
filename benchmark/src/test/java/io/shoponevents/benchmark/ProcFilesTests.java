package io.shoponevents.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
    void readsUserPlusSystemCpuTimeFromProcStatEvenWithSpacesInTheName() {
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 9000 0 0 0 1234 566 0 0 20 0 42 0 100 0 0";

        assertThat(ProcessCpu.parseSeconds(stat)).isEqualTo(18.0);
    }

    @Test
    void tellsTheJitCompilerThreadsByTheirNames() {
        assertThat(ProcessCpu.isCompilerThread("77 (C2 CompilerThre) S 1 4242 4242 0 -1 0 0 0 0 0 300 2 0 0"))
                .isTrue();
        assertThat(ProcessCpu.isCompilerThread("78 (C1 CompilerThre) S 1 4242 4242 0 -1 0 0 0 0 0 30 1 0 0"))
                .isTrue();
        assertThat(ProcessCpu.isCompilerThread("79 (http-nio-8081-e) S 1 4242 4242 0 -1 0 0 0 0 0 30 1 0 0"))
                .isFalse();
    }

    @Test
    void machineCpuTimeIsEveryStateButIdleAndIowait() {
        // user nice system idle iowait irq softirq steal guest guest_nice
        List<String> stat = List.of("cpu  1000 50 200 90000 700 10 40 0 0 0", "cpu0 500 25 100 45000 350 5 20 0 0 0");

        assertThat(ProcessCpu.parseMachineSeconds(stat)).isEqualTo(13.0);
    }

    @Test
    void loadAverageIsTheFirstThreeFieldsOfProcLoadavg() {
        assertThat(Machine.loadAverage(List.of("1.42 1.65 1.99 5/156 9660"))).isEqualTo("1.42 1.65 1.99");
    }

    @Test
    void emulatorStatsBetweenTwoSnapshotsLeaveOutWhatWasNotServed() {
        var before = EmulatorStats.parse("""
                {"dynamodb:GetItem": {"requests": 10, "seconds": 0.5, "lockWaitSeconds": 0.1},
                 "sqs:GetQueueUrl": {"requests": 4, "seconds": 0.01, "lockWaitSeconds": 0.0}}""");
        var after = EmulatorStats.parse("""
                {"dynamodb:GetItem": {"requests": 30, "seconds": 1.5, "lockWaitSeconds": 0.6},
                 "sqs:GetQueueUrl": {"requests": 4, "seconds": 0.01, "lockWaitSeconds": 0.0},
                 "events:PutEvents": {"requests": 5, "seconds": 0.05, "lockWaitSeconds": 0.0}}""");

        var served = EmulatorStats.between(before, after);

        assertThat(served).containsOnlyKeys("dynamodb:GetItem", "events:PutEvents");
        assertThat(served.get("dynamodb:GetItem").requests()).isEqualTo(20);
        assertThat(served.get("dynamodb:GetItem").busySeconds()).isCloseTo(0.5, within(1e-9));
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
