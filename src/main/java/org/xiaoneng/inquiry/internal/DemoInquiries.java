package org.xiaoneng.inquiry.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.inquiry.InquiryChannel;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.PositionRef;
import org.xiaoneng.organization.StaffPost;
import org.xiaoneng.platform.Actor;

/**
 * A handful of 示范市 first inquiries, so that the lists have something to show: clerk1 (综合受理窗口) answered one
 * herself, handed one to 市商务局's 承办岗 two days ago that still waits for its confirmation (unresolved, hers),
 * handed one that handler1 confirmed and is working, and one that 审核岗 answered and she followed up; handler1 has an
 * unanswered one of his own from yesterday. Loaded when demo data is on and there are no inquiries yet; the steps go
 * through the inquiry's own rules with the demo staff as actors, at instants in the past. Seed rows are not audited:
 * nobody made them. Runs after the organization's and identity's demo data.
 */
@Component
@Order(450)
@ConditionalOnBooleanProperty(name = "xiaoneng.demo.enabled")
class DemoInquiries implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInquiries.class);

    private final JdbcClient jdbc;
    private final InquiryRepository inquiries;
    private final OrganizationDirectory organization;
    private final ItemCatalog catalog;
    private final Clock clock;

    DemoInquiries(JdbcClient jdbc, InquiryRepository inquiries, OrganizationDirectory organization,
            ItemCatalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.inquiries = inquiries;
        this.organization = organization;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM inquiry_first_inquiry").query(Long.class).single() > 0) {
            return;
        }
        Optional<Staff> clerk = staff("clerk1");
        Optional<Staff> handler = staff("handler1");
        Optional<Staff> reviewer = staff("reviewer1");
        Optional<Desk> handlerDesk = desk("SWJ-CB");
        Optional<Desk> reviewerDesk = desk("SWJ-SH");
        if (clerk.isEmpty() || handler.isEmpty() || reviewer.isEmpty() || handlerDesk.isEmpty()
                || reviewerDesk.isEmpty()) {
            return;
        }
        Caller atWindow = Caller.of(actor(clerk.get()));
        Caller handlerAtDesk = new Caller(actor(handler.get()), actor(handler.get()));
        Caller reviewerAtDesk = new Caller(actor(reviewer.get()), actor(reviewer.get()));

        FirstInquiry answered = record(clerk.get(), "赵先生", "13912340001", InquiryChannel.PHONE,
                "办理外商投资企业设立审批需要带哪些材料？", "SWJ-XK-001", hoursAgo(50));
        answered.answer("已告知须提交的七项材料及可容缺的委派书，并发送办事指南链接。", atWindow, hoursAgo(49));
        save(answered);

        FirstInquiry waiting = record(clerk.get(), "钱女士", "13912340002", InquiryChannel.WINDOW,
                "外资企业股权变更后是否需要重新审批？窗口无法当场答复。", null, hoursAgo(48));
        waiting.handOn(handlerDesk.get(), "属外资管理业务，请承办岗答复咨询人。", atWindow, hoursAgo(47));
        save(waiting);

        FirstInquiry working = record(clerk.get(), "孙先生", "0591-88880003", InquiryChannel.WALK_IN,
                "申请材料中的可行性研究报告有无格式要求？", "SWJ-XK-001", hoursAgo(3));
        working.handOn(handlerDesk.get(), "咨询人急需，请当日回电。", atWindow, hoursAgo(3).plus(Duration.ofMinutes(10)));
        working.confirm(handlerAtDesk, hoursAgo(2));
        working.followUp("已查阅承诺件要求，下午回电。", handlerAtDesk, hoursAgo(1));
        save(working);

        FirstInquiry reviewed = record(clerk.get(), "李女士", "13912340004", InquiryChannel.ONLINE,
                "补正材料后审核需要几个工作日？", "SWJ-XK-001", hoursAgo(30));
        reviewed.handOn(reviewerDesk.get(), "请审核岗说明补正后的审核时限。", atWindow, hoursAgo(29));
        reviewed.confirm(reviewerAtDesk, hoursAgo(28));
        reviewed.answer("补正材料齐全后重新起算5个工作日内作出受理决定，已电话告知。", reviewerAtDesk, hoursAgo(27));
        reviewed.followUp("回访：咨询人表示已清楚。", atWindow, hoursAgo(26));
        save(reviewed);

        FirstInquiry own = record(handler.get(), "周先生", "13912340005", InquiryChannel.PHONE,
                "外资企业年度报告逾期未报有何后果？", null, hoursAgo(26));
        save(own);
        log.info("demo first inquiries loaded: answered, awaiting a desk's confirmation, confirmed and in progress, "
                + "answered by the desk, one of handler1's own");
    }

    /** A demo account with the post it holds. */
    private record Staff(String account, StaffPost post) {
    }

    private Optional<Staff> staff(String account) {
        return organization.postOf(account).map(post -> new Staff(account, post));
    }

    private FirstInquiry record(Staff staff, String name, String phone, InquiryChannel channel, String subject,
            @Nullable String itemCode, Instant at) {
        StaffPost post = staff.post();
        Receiver receiver = new Receiver(staff.account(), post.staffId(), post.staffName(), post.positionId(),
                post.positionName(), post.departmentId());
        String itemName = itemCode == null ? null
                : catalog.currentVersion(itemCode).map(item -> item.details().name()).orElse(null);
        return FirstInquiry.record(inquiries.nextId(), name, phone, channel, subject,
                itemName == null ? null : itemCode, itemName, receiver, actor(staff), at);
    }

    private void save(FirstInquiry inquiry) {
        inquiries.insert(inquiry, clock.instant());
    }

    private Optional<Desk> desk(String code) {
        return organization.activePositions().stream().filter(p -> p.code().equals(code)).findFirst()
                .map(DemoInquiries::desk);
    }

    private static Desk desk(PositionRef position) {
        return new Desk(position.id(), position.name(), position.departmentId());
    }

    private static Actor actor(Staff staff) {
        return new Actor(staff.account(), staff.post().positionName(), null, null);
    }

    private Instant hoursAgo(int hours) {
        return clock.instant().minus(Duration.ofHours(hours));
    }
}
