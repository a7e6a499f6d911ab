package io.shoponevents.runtime.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.TransactionInProgressException;

class ProblemDetailsAdviceTests {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void aTimeoutOrNoConnectionIs503WithRetryAfter() {
        for (SdkException timeout : new SdkException[] {
            SdkClientException.create("Unable to execute HTTP request: Timeout waiting for connection from pool"),
            ApiCallTimeoutException.create(2_000),
            ApiCallAttemptTimeoutException.create(1_000),
            SdkClientException.create("Unable to execute HTTP request", new ConnectException("Connection refused"))
        }) {
            ResponseEntity<ProblemDetail> response = advice.awsFailure(timeout);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
            assertThat(response.getBody().getDetail()).contains("try again");
        }
    }

    @Test
    void throttlingAndServerErrorsFromAwsAre503() {
        assertThat(advice.awsFailure(serviceError(400, "ThrottlingException")).getStatusCode())
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(advice.awsFailure(serviceError(500, "InternalServerError")).getStatusCode())
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void aRetryMeetingItsOwnTransactionStillInProgressIs503() {
        TransactionInProgressException inProgress = TransactionInProgressException.builder()
                .statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("TransactionInProgressException")
                        .build())
                .build();

        assertThat(advice.awsFailure(inProgress).getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void aRequestAwsRejectsIs500WithoutItsDetails() {
        ResponseEntity<ProblemDetail> response = advice.awsFailure(serviceError(400, "ValidationException"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(response.getHeaders().containsHeader(HttpHeaders.RETRY_AFTER))
                .isFalse();
        assertThat(response.getBody().getDetail()).doesNotContain("ValidationException");
    }

    private static AwsServiceException serviceError(int status, String code) {
        return AwsServiceException.builder()
                .statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(code)
                        .errorMessage(code + " from the endpoint")
                        .build())
                .build();
    }
}
