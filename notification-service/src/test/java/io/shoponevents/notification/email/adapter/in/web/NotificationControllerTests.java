package io.shoponevents.notification.email.adapter.in.web;

import static io.shoponevents.notification.email.domain.NotificationBuilder.aNotification;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shoponevents.notification.email.application.NotificationService;
import io.shoponevents.notification.email.domain.Notification;
import io.shoponevents.runtime.web.ProblemDetailsAdvice;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(NotificationController.class)
@Import(ProblemDetailsAdvice.class)
class NotificationControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NotificationService notifications;

    @Test
    void listsTheNotificationsOfAnOrder() throws Exception {
        Notification sent = aNotification().forOrder("ord-1").build();
        given(notifications.ofOrder("ord-1")).willReturn(List.of(sent));

        mvc.perform(get("/api/notifications").param("orderId", "ord-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].notificationId").value(sent.notificationId()))
                .andExpect(jsonPath("$[0].orderId").value("ord-1"))
                .andExpect(jsonPath("$[0].customerId").value("cust-1042"))
                .andExpect(jsonPath("$[0].recipient").value("ada@example.com"))
                .andExpect(jsonPath("$[0].template").value("order-confirmed"))
                .andExpect(jsonPath("$[0].eventType").value("OrderConfirmed"))
                .andExpect(jsonPath("$[0].sesMessageId").value("ses-message-1"))
                .andExpect(jsonPath("$[0].sentAt").value("2026-11-22T10:15:34.120Z"));
    }

    @Test
    void listsTheNotificationsOfACustomer() throws Exception {
        given(notifications.ofCustomer("cust-1042"))
                .willReturn(List.of(aNotification().build(), aNotification().build()));

        mvc.perform(get("/api/notifications").param("customerId", "cust-1042"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void queryWithoutParametersIs400NamingThem() throws Exception {
        mvc.perform(get("/api/notifications"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("orderId")))
                .andExpect(jsonPath("$.errors[0].field").value("orderId"))
                .andExpect(jsonPath("$.errors[1].field").value("customerId"));
        verifyNoInteractions(notifications);
    }

    @Test
    void queryWithBothParametersIs400() throws Exception {
        mvc.perform(get("/api/notifications").param("orderId", "ord-1").param("customerId", "cust-1042"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("only one")));
        verifyNoInteractions(notifications);
    }

    @Test
    void blankParameterCountsAsMissing() throws Exception {
        mvc.perform(get("/api/notifications").param("orderId", " ")).andExpect(status().isBadRequest());
    }
}
