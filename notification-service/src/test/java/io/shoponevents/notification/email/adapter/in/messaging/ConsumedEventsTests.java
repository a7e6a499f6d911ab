package io.shoponevents.notification.email.adapter.in.messaging;

import static org.mockito.Mockito.mock;

import io.shoponevents.events.EventValidator;
import io.shoponevents.events.ServiceName;
import io.shoponevents.notification.email.application.NotificationService;
import io.shoponevents.notification.reminder.adapter.in.messaging.ReminderEventHandlers;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import io.shoponevents.runtime.testing.ServiceTemplate;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class ConsumedEventsTests {

    @Test
    void handlesEveryEventTheCatalogRoutesToNotification() {
        var dispatcher = new ConsumedEvents()
                .eventDispatcher(
                        new EventValidator(),
                        new EnvelopeCodec(Clock.systemUTC()),
                        new EmailEventHandlers(mock(NotificationService.class)),
                        mock(ReminderEventHandlers.class));

        ServiceTemplate.assertHandlesWhatTheCatalogRoutesTo(ServiceName.NOTIFICATION, dispatcher);
    }
}
