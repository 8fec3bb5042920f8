package org.xiaoneng.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestPrincipals;
import org.xiaoneng.platform.ConflictException;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.platform.DomainException;

/**
 * The facade on the real database as another module (or a scheduler thread) calls it, with a signed-in staff member
 * set on the thread: two writers on the same version, and a caller without a post.
 */
@IntegrationTest
class FirstInquiriesModuleTests {

    @Autowired
    FirstInquiries inquiries;

    @Autowired
    JdbcClient jdbc;

    static <T> T as(String account, Callable<T> work) throws Exception {
        TestPrincipals.Staff staff = new TestPrincipals.Staff(account, account, null, null, DataScope.nothing());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff,
                null, List.of(new SimpleGrantedAuthority("inquiry:inquiry:record"))));
        try {
            return work.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static RecordInquiry inquiry() {
        return new RecordInquiry("郑先生", "13700001111", InquiryChannel.WINDOW, "并发测试", null);
    }

    @Test
    void ofTwoWritersOnTheSameVersionOneWinsAndTheOtherGetsAConflictWithNothingHalfWritten() throws Exception {
        InquiryView recorded = as("clerk1", () -> inquiries.record(inquiry(), null).view());
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> answer = () -> as("clerk1", () -> {
            start.await();
            inquiries.answer(recorded.id(), recorded.version(), "当场答复");
            return "answered";
        });
        Callable<String> followUp = () -> as("clerk1", () -> {
            start.await();
            inquiries.followUp(recorded.id(), recorded.version(), "稍后回电");
            return "followed up";
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int won = 0;
        int conflicts = 0;
        try {
            List<Future<String>> results = new ArrayList<>(List.of(pool.submit(answer), pool.submit(followUp)));
            start.countDown();
            for (Future<String> result : results) {
                try {
                    result.get();
                    won++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                    conflicts++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(won).isEqualTo(1);
        assertThat(conflicts).isEqualTo(1);
        InquiryView after = as("clerk1", () -> inquiries.find(recorded.id()));
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.history()).hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM inquiry_event WHERE inquiry_id = :id").param("id", after.id())
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void onlyAStaffMemberInAPostCanBeAFirstReceiver() {
        assertThatThrownBy(() -> as("nobody-in-post", () -> inquiries.record(inquiry(), null)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("inquiry.receiver.noPost");
    }

    @Test
    void theEventsAreImmutable() throws Exception {
        InquiryView recorded = as("clerk1", () -> inquiries.record(inquiry(), null).view());
        assertThatThrownBy(() -> jdbc.sql("UPDATE inquiry_event SET text = 'x' WHERE inquiry_id = :id")
                .param("id", recorded.id()).update()).hasMessageContaining("immutable");
    }
}
