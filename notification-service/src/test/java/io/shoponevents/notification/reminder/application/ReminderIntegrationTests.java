package io.shoponevents.notification.reminder.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvent;
import io.shoponevents.notification.MotoMailbox;
import io.shoponevents.notification.email.application.EmailSender;
import io.shoponevents.notification.email.application.NotificationService;
import io.shoponevents.notification.email.domain.Notification;
import io.shoponevents.notification.reminder.domain.CartReminder;
import io.shoponevents.notification.reminder.domain.CartReminderChange;
import io.shoponevents.notification.reminder.domain.ReminderStatus;
import io.shoponevents.runtime.consume.EventDispatcher;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.domain.CommitResult;
import io.shoponevents.runtime.testing.ServiceIntegrationTest;
import io.shoponevents.testsupport.AwsEndpoint;
import io.shoponevents.testsupport.AwsTestEndpoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Abandoned-cart reminders against the AWS endpoint: the cart events go through the service's dispatcher, and the
 * reminders are sent by sweepers the tests build and run when they choose (the example events are days old, so their
 * carts are due at once).
 */
@ServiceIntegrationTest(properties = "shop.notification.reminder-sweep-interval=PT24H")
class ReminderIntegrationTests {

    private static final AwsEndpoint ENDPOINT = AwsTestEndpoint.get();
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    @Autowired
    EventDispatcher dispatcher;

    @Autowired
    CartReminderRepository carts;

    @Autowired
    EmailSender sender;

    @Autowired
    NotificationService notifications;

    @Autowired
    Clock clock;

    final String cartId = "cart-" + UUID.randomUUID();
    final String customerId = "cust-" + UUID.randomUUID();

    @Test
    void twoSweepersRacingOverOneDueCartSendOneReminder() throws Exception {
        addItem(cartId, "MUG-BLUE");
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        AtomicInteger reads = new AtomicInteger();
        CartReminderRepository racing = new Delegating(carts) {
            @Override
            public Optional<CartReminder> find(String id) {
                Optional<CartReminder> found = super.find(id);
                if (reads.incrementAndGet() <= 2) {
                    await(bothHaveRead);
                }
                return found;
            }
        };
        ReminderService first = sweeper(racing, sender);
        ReminderService second = sweeper(racing, sender);

        var one = CompletableFuture.supplyAsync(() -> first.remind(cartId));
        var other = CompletableFuture.supplyAsync(() -> second.remind(cartId));

        assertThat(List.of(one.get(30, TimeUnit.SECONDS), other.get(30, TimeUnit.SECONDS)))
                .containsExactlyInAnyOrder(true, false);
        assertThat(reminders()).singleElement().satisfies(reminder -> {
            assertThat(reminder.cartId()).isEqualTo(cartId);
            assertThat(reminder.orderId()).isNull();
            assertThat(reminder.recipient()).isEqualTo("ada@example.com");
            assertThat(reminder.eventType()).isEqualTo("CartItemAdded");
        });
        assertThat(carts.find(cartId).orElseThrow().status()).isEqualTo(ReminderStatus.REMINDED);
        if (MotoMailbox.availableAt(ENDPOINT)) {
            assertThat(MotoMailbox.at(ENDPOINT).sent())
                    .filteredOn(email -> email.body().contains(cartId))
                    .singleElement()
                    .satisfies(email -> assertThat(email.body()).contains("  MUG-BLUE"));
        }
    }

    @Test
    void reminderThatCouldNotBeSentIsTriedAgain() {
        addItem(cartId, "MUG-BLUE");
        ReminderService failing = sweeper(carts, (recipient, email) -> {
            throw new IllegalStateException("SES is unavailable");
        });

        assertThatThrownBy(() -> failing.remind(cartId)).hasMessageContaining("SES is unavailable");
        assertThat(carts.find(cartId).orElseThrow().status()).isEqualTo(ReminderStatus.OPEN);
        assertThat(reminders()).isEmpty();

        assertThat(sweeper(carts, sender).remind(cartId)).isTrue();
        assertThat(reminders()).hasSize(1);
    }

    @Test
    void sweepFindsTheDueCartButNotTheCheckedOutOrEmptiedOnes() {
        String checkedOut = "cart-" + UUID.randomUUID();
        String emptied = "cart-" + UUID.randomUUID();
        addItem(cartId, "MUG-BLUE");
        addItem(checkedOut, "MUG-BLUE");
        addItem(emptied, "MUG-BLUE");
        dispatcher.dispatch(ExampleEvent.of(EventType.ORDER_PLACED)
                .aboutOrder("ord-" + UUID.randomUUID())
                .data("cartId", checkedOut)
                .json());
        dispatcher.dispatch(ExampleEvent.of(EventType.CART_ITEM_REMOVED)
                .data("cartId", emptied)
                .data("customerId", customerId)
                .json());

        List<String> toLookAt = carts.findCartIdsToLookAt(clock.instant().minus(ABANDONED_AFTER), 10_000);

        assertThat(toLookAt).contains(cartId).doesNotContain(checkedOut, emptied);
        ReminderService sweeper = sweeper(carts, sender);
        assertThat(sweeper.remind(checkedOut)).isFalse();
        assertThat(sweeper.remind(emptied)).isFalse();
        assertThat(sweeper.remind(cartId)).isTrue();
        assertThat(reminders()).extracting(Notification::cartId).containsExactly(cartId);
    }

    @Test
    void redeliveredCartEventChangesNothing() {
        String added = ExampleEvent.of(EventType.CART_ITEM_ADDED)
                .data("cartId", cartId)
                .data("customerId", customerId)
                .json();

        dispatcher.dispatch(added);
        CartReminder once = carts.find(cartId).orElseThrow();
        dispatcher.dispatch(added);

        assertThat(carts.find(cartId).orElseThrow().version()).isEqualTo(once.version());
    }

    private void addItem(String cart, String sku) {
        dispatcher.dispatch(ExampleEvent.of(EventType.CART_ITEM_ADDED)
                .data("cartId", cart)
                .data("customerId", customerId)
                .data("sku", sku)
                .json());
    }

    private List<Notification> reminders() {
        return notifications.ofCustomer(customerId);
    }

    private ReminderService sweeper(CartReminderRepository repository, EmailSender emailSender) {
        return new ReminderService(repository, emailSender, clock, ABANDONED_AFTER, Duration.ofMinutes(5));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other sweeper never read the cart", e);
        }
    }

    /** The repository, for a test to interpose on. */
    private static class Delegating implements CartReminderRepository {
        private final CartReminderRepository delegate;

        Delegating(CartReminderRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<CartReminder> find(String cartId) {
            return delegate.find(cartId);
        }

        @Override
        public CommitResult save(CartReminderChange change) {
            return delegate.save(change);
        }

        @Override
        public CommitResult skip(CausingEvent cause) {
            return delegate.skip(cause);
        }

        @Override
        public List<String> findCartIdsToLookAt(Instant time, int limit) {
            return delegate.findCartIdsToLookAt(time, limit);
        }
    }
}
