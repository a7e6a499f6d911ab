package io.shoponevents.runtime.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.shoponevents.runtime.domain.ConcurrentChange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptimisticRetryTests {

    private final List<String> calls = new ArrayList<>();

    @Test
    void writeFirstReadsNothingWhenTheWriteSucceeds() {
        OptimisticRetry.writeFirst(() -> calls.add("write"), () -> calls.add("read, change, write"));

        assertThat(calls).containsExactly("write");
    }

    @Test
    void writeFirstReadsAndDecidesWhenAConditionOfTheWriteFails() {
        OptimisticRetry.writeFirst(
                () -> {
                    calls.add("write");
                    throw new ConcurrentChange("the item exists", null);
                },
                () -> calls.add("read, change, write"));

        assertThat(calls).containsExactly("write", "read, change, write");
    }

    @Test
    void theReadChangeWriteAfterAFailedWriteIsRetriedAndThenGivesUp() {
        assertThatExceptionOfType(ConcurrentChange.class)
                .isThrownBy(() -> OptimisticRetry.writeFirst(
                        () -> {
                            calls.add("write");
                            throw new ConcurrentChange("the item exists", null);
                        },
                        () -> {
                            calls.add("read, change, write");
                            throw new ConcurrentChange("changed meanwhile", null);
                        }));

        assertThat(calls).containsExactly("write", "read, change, write", "read, change, write", "read, change, write");
    }

    @Test
    void otherFailuresOfTheWriteAreNotRetried() {
        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> OptimisticRetry.writeFirst(
                        () -> {
                            throw new IllegalStateException("endpoint gone");
                        },
                        () -> calls.add("read, change, write")));

        assertThat(calls).isEmpty();
    }
}
