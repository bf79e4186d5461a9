package org.sirtdesk.api.web.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sirtdesk.api.support.PostgresIntegrationTest;
import org.sirtdesk.projections.incidentlist.IncidentListQueries;
import org.sirtdesk.projections.incidentlist.IncidentSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The report pages and the external report API over MockMvc, on PostgreSQL. */
@SpringBootTest(properties = "sirtdesk.rate-limit.report.requests=3")
@AutoConfigureMockMvc
class ReportPagesIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresIntegrationTest.register(registry);
    }

    static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    IncidentListQueries incidents;

    /** Every test sends from its own client address so the per-address limit stays out of the way. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String freshAddress() {
        return "10.0.0." + ADDRESSES.getAndIncrement();
    }

    static String yesterday() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1).toString();
    }

    /** A complete employee report; {@code overrides} are name, value pairs replacing fields. */
    static MockHttpServletRequestBuilder validReport(String... overrides) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("title", "不審なメールの添付ファイルを開いた");
        fields.put("description", "経理課のPCで請求書を装ったメールの添付ファイルを開いた。");
        fields.put("awareDate", yesterday());
        fields.put("awareTime", "09:30");
        fields.put("category", "PHISHING");
        fields.put("affectedSystems", "PC-0042\r\n\r\nメールサーバ");
        fields.put("confidentiality", "2");
        fields.put("integrity", "");
        fields.put("availability", "");
        fields.put("personalDataInvolved", "UNKNOWN");
        fields.put("approxPersons", "");
        fields.put("sensitive", "UNKNOWN");
        fields.put("myNumber", "NO");
        fields.put("financialDamageRisk", "UNKNOWN");
        fields.put("unlawfulPurpose", "UNKNOWN");
        fields.put("stronglyEncrypted", "UNKNOWN");
        fields.put("cyberAttackSuspected", "YES");
        fields.put("department", "経理課");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        var request = post("/report");
        fields.forEach(request::param);
        return request;
    }

    String reportAs(String userName) throws Exception {
        var result = mvc.perform(
                        validReport().with(user(userName).roles("REPORTER")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/report/sent"))
                .andReturn();
        return (String) result.getFlashMap().get("trackingCode");
    }

    String reportFromOutside(String address) throws Exception {
        var result = mvc.perform(post("/external-report")
                        .param("title", "Phishing site using your logo")
                        .param("description", "https://example.invalid/login imitates your sign-in page.")
                        .param("awareDate", "")
                        .param("awareTime", "")
                        .param("contact", "")
                        .with(csrf())
                        .with(from(address)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/external-report/sent"))
                .andReturn();
        return (String) result.getFlashMap().get("trackingCode");
    }

    IncidentSummary stored(String trackingCode) {
        return incidents.byTrackingCode(trackingCode).orElseThrow();
    }

    @Nested
    class EmployeeForm {

        @Test
        void asksWhoeverIsNotSignedInToSignInFirst() throws Exception {
            mvc.perform(get("/report")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        }

        @Test
        void signsInADemoUserWithTheLoginPage() throws Exception {
            mvc.perform(get("/login"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("ログイン")));
            mvc.perform(post("/login")
                            .param("username", "reporter")
                            .param("password", "demo")
                            .with(csrf()))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/report"));
            mvc.perform(post("/login")
                            .param("username", "reporter")
                            .param("password", "wrong")
                            .with(csrf()))
                    .andExpect(redirectedUrl("/login?error"));
        }

        @Test
        void recordsTheReportWithTheSignedInReporterAndShowsTheTrackingCode() throws Exception {
            var result = mvc.perform(validReport()
                            .with(user("reporter").roles("REPORTER"))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/report/sent"))
                    .andReturn();
            var code = (String) result.getFlashMap().get("trackingCode");
            assertThat(code).matches("R-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

            var report = stored(code);
            assertThat(report.channel()).isEqualTo("INTERNAL_FORM");
            assertThat(report.reporterId()).isEqualTo("reporter");
            assertThat(report.category()).isEqualTo("PHISHING");
            assertThat(report.department()).isEqualTo("経理課");
            assertThat(report.awareAt())
                    .isEqualTo(LocalDate.parse(yesterday())
                            .atTime(9, 30)
                            .atZone(ZoneId.of("Asia/Tokyo"))
                            .toInstant());
            assertThat(report.factsJson())
                    .contains("\"affectedSystems\":[\"PC-0042\",\"メールサーバ\"]")
                    .contains("\"confidentiality\":2")
                    .contains("\"myNumber\":\"NO\"")
                    .contains("\"cyberAttackSuspected\":\"YES\"");

            mvc.perform(get("/report/sent")
                            .flashAttr("trackingCode", code)
                            .with(user("reporter").roles("REPORTER")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(code)))
                    .andExpect(content().string(containsString("第152条第2項")))
                    .andExpect(content().string(containsString("電源を切ったり")));
        }

        @Test
        void theConfirmationPageWithoutAFreshReportGoesBackToTheForm() throws Exception {
            mvc.perform(get("/report/sent").with(user("reporter").roles("REPORTER")))
                    .andExpect(redirectedUrl("/report"));
        }

        @Test
        void showsEachErrorNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
            var future = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(2).toString();
            mvc.perform(validReport(
                                    "title", "  ",
                                    "description", "x".repeat(10_001),
                                    "awareDate", future,
                                    "approxPersons", "many",
                                    "department", "経理課（入力は残る）")
                            .with(user("validation-user").roles("REPORTER"))
                            .with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("report/form"))
                    .andExpect(model().attributeHasFieldErrorCode("reportForm", "title", "NotBlank"))
                    .andExpect(model().attributeHasFieldErrorCode("reportForm", "description", "Size"))
                    .andExpect(model().attributeHasFieldErrorCode("reportForm", "awareDate", "awareAt.future"))
                    .andExpect(model().attributeHasFieldErrorCode("reportForm", "approxPersons", "typeMismatch"))
                    .andExpect(content().string(containsString("id=\"title-error\"")))
                    .andExpect(content().string(containsString("入力してください。")))
                    .andExpect(content().string(containsString("10000文字以内で入力してください。")))
                    .andExpect(content().string(containsString("未来の日時は指定できません")))
                    .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                    .andExpect(content().string(containsString("経理課（入力は残る）")));
        }

        @Test
        void rejectsASubmissionWithoutTheCsrfToken() throws Exception {
            mvc.perform(validReport().with(user("reporter").roles("REPORTER"))).andExpect(status().isForbidden());
        }

        @Test
        void stripsControlCharactersBeforeTheReportIsRecorded() throws Exception {
            var result = mvc.perform(validReport(
                                    "title", "USB\u0000メモリ\u001b紛失\r\n",
                                    "description", "一行目\r\n二行目\u0007\tタブ\u202Eabc")
                            .with(user("hygiene-user").roles("REPORTER"))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/report/sent"))
                    .andReturn();
            var report = stored((String) result.getFlashMap().get("trackingCode"));
            assertThat(report.title()).isEqualTo("USBメモリ紛失");
            assertThat(report.description()).isEqualTo("一行目\n二行目\tタブabc");
        }

        @Test
        void limitsHowOftenOneUserCanSubmit() throws Exception {
            for (int i = 0; i < 3; i++) {
                mvc.perform(validReport("title", "")
                                .with(user("busy-user").roles("REPORTER"))
                                .with(csrf()))
                        .andExpect(status().isOk());
            }
            mvc.perform(validReport().with(user("busy-user").roles("REPORTER")).with(csrf()))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(header().exists(HttpHeaders.RETRY_AFTER))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andExpect(content().string(containsString("送信の回数が多すぎます")));
            mvc.perform(validReport().with(user("other-user").roles("REPORTER")).with(csrf()))
                    .andExpect(status().isFound());
        }
    }

    @Nested
    class ExternalWindow {

        @Test
        void needsNoAccountAndRecordsTheReportUnderTheWindowsPseudonym() throws Exception {
            var address = freshAddress();
            mvc.perform(get("/external-report").with(from(address)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("外部からのセキュリティ報告窓口")));
            var result = mvc.perform(post("/external-report")
                            .param("title", "Leaked list")
                            .param("description", "A list with your letterhead is on a public site.")
                            .param("awareDate", "2026-05-01")
                            .param("awareTime", "21:15")
                            .param("contact", "researcher@example.org\r\n+81-3-0000-0000")
                            .with(csrf())
                            .with(from(address)))
                    .andExpect(redirectedUrl("/external-report/sent"))
                    .andReturn();
            var report = stored((String) result.getFlashMap().get("trackingCode"));
            assertThat(report.channel()).isEqualTo("EXTERNAL_WINDOW");
            assertThat(report.reporterId()).isEqualTo("external-window");
            assertThat(report.awareAt()).isEqualTo(report.reportedAt());
            assertThat(report.description())
                    .isEqualTo("A list with your letterhead is on a public site.\n\n"
                            + "気付いた日時 / Noticed at: 2026-05-01 21:15 (JST)\n"
                            + "連絡先 / Contact: researcher@example.org +81-3-0000-0000");
        }

        @Test
        void asksForTheTimeWhenOnlyTheDateIsGiven() throws Exception {
            mvc.perform(post("/external-report")
                            .param("title", "t")
                            .param("description", "d")
                            .param("awareDate", "2026-05-01")
                            .param("awareTime", "")
                            .param("contact", "x".repeat(501))
                            .with(csrf())
                            .with(from(freshAddress())))
                    .andExpect(status().isOk())
                    .andExpect(
                            model().attributeHasFieldErrorCode("externalReportForm", "awareTime", "awareTime.withDate"))
                    .andExpect(model().attributeHasFieldErrorCode("externalReportForm", "contact", "Size"));
        }

        @Test
        void rejectsASubmissionWithoutTheCsrfToken() throws Exception {
            mvc.perform(post("/external-report")
                            .param("title", "t")
                            .param("description", "d")
                            .with(from(freshAddress())))
                    .andExpect(status().isForbidden());
        }

        @Test
        void limitsSubmissionsPerAddressWithAFriendlyPage() throws Exception {
            var address = freshAddress();
            for (int i = 0; i < 5; i++) {
                mvc.perform(post("/external-report")
                                .param("title", "")
                                .param("description", "")
                                .with(csrf())
                                .with(from(address)))
                        .andExpect(status().isOk());
            }
            mvc.perform(post("/external-report")
                            .param("title", "")
                            .param("description", "")
                            .with(csrf())
                            .with(from(address)))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(header().string(HttpHeaders.RETRY_AFTER, "12"))
                    .andExpect(content().string(containsString("約1分後")));
            mvc.perform(get("/external-report").with(from(address))).andExpect(status().isOk());
        }
    }

    @Nested
    class ExternalApi {

        @Test
        void acceptsAReportWithoutAccountOrCsrfTokenAndAnswersWithTheTrackingCodeOnly() throws Exception {
            var result = mvc.perform(post("/api/v1/external-reports")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"title":"Open directory","description":"Your server lists /backup.",
                                     "awareAt":"2026-05-01T09:30:00+09:00","contact":"me@example.org"}
                                    """)
                            .with(from(freshAddress())))
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.trackingCode").isString())
                    .andExpect(jsonPath("$.incidentId").doesNotExist())
                    .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
                    .andReturn();
            assertThat(result.getRequest().getSession(false)).isNull();
            var code = com.jayway.jsonpath.JsonPath.<String>read(
                    result.getResponse().getContentAsString(), "$.trackingCode");
            var report = stored(code);
            assertThat(report.channel()).isEqualTo("EXTERNAL_WINDOW");
            assertThat(report.description())
                    .endsWith("\n\n気付いた日時 / Noticed at: 2026-05-01 09:30 (JST)\n連絡先 / Contact: me@example.org");
        }

        @Test
        void rejectsUnknownPropertiesAsAProblem() throws Exception {
            mvc.perform(post("/api/v1/external-reports")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"title\":\"t\",\"description\":\"d\",\"severity\":\"LOW\"}")
                            .with(from(freshAddress())))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("UNKNOWN_PROPERTY"))
                    .andExpect(jsonPath("$.errors[0].field").value("severity"));
        }

        @Test
        void namesEveryInvalidFieldInTheProblem() throws Exception {
            mvc.perform(post("/api/v1/external-reports")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(
                                    "{\"title\":\"\\u0000 \",\"description\":\"d\",\"awareAt\":\"2999-01-01T00:00:00Z\","
                                            + "\"contact\":\"" + "x".repeat(501) + "\"}")
                            .with(from(freshAddress())))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[*].field")
                            .value(org.hamcrest.Matchers.containsInAnyOrder("title", "awareAt", "contact")));
        }

        @Test
        void refusesABodyLargerThanAnyValidReportBeforeReadingIt() throws Exception {
            mvc.perform(post("/api/v1/external-reports")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"title\":\"t\",\"description\":\"" + "x".repeat(200_000) + "\"}")
                            .with(from(freshAddress())))
                    .andExpect(status().isPayloadTooLarge())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("PAYLOAD_TOO_LARGE"));
        }

        @Test
        void limitsReportsPerAddressWithRetryAfterAndAProblem() throws Exception {
            var address = freshAddress();
            for (int i = 0; i < 5; i++) {
                mvc.perform(post("/api/v1/external-reports")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"title\":\"\",\"description\":\"\"}")
                                .with(from(address)))
                        .andExpect(status().isUnprocessableEntity());
            }
            mvc.perform(post("/api/v1/external-reports")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"title\":\"t\",\"description\":\"d\"}")
                            .with(from(address)))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(header().string(HttpHeaders.RETRY_AFTER, "12"))
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("RATE_LIMITED"))
                    .andExpect(jsonPath("$.status").value(429));
        }

        @Test
        void sharesTheLimitWithTheExternalPage() throws Exception {
            var address = freshAddress();
            for (int i = 0; i < 3; i++) {
                mvc.perform(post("/external-report")
                                .param("title", "")
                                .with(csrf())
                                .with(from(address)))
                        .andExpect(status().isOk());
            }
            for (int i = 0; i < 2; i++) {
                mvc.perform(post("/api/v1/external-reports")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}")
                                .with(from(address)))
                        .andExpect(status().isUnprocessableEntity());
            }
            mvc.perform(post("/api/v1/external-reports")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}")
                            .with(from(address)))
                    .andExpect(status().isTooManyRequests());
        }
    }

    @Nested
    class StatusPage {

        @Test
        void showsAnExternalReportToAnyoneHoldingTheCode() throws Exception {
            var code = reportFromOutside(freshAddress());
            mvc.perform(get("/reports/" + code))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(code)))
                    .andExpect(content().string(containsString("受付済み")))
                    .andExpect(content().string(not(containsString("Phishing site using your logo"))));
        }

        @Test
        void showsAnInternalReportOnlyToItsReporter() throws Exception {
            var code = reportAs("reporter2");
            mvc.perform(get("/reports/" + code).with(user("reporter2").roles("REPORTER")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("受付済み")))
                    .andExpect(content().string(not(containsString("不審なメール"))));
            mvc.perform(get("/reports/" + code).with(user("reporter").roles("REPORTER")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("報告が見つかりません")));
            mvc.perform(get("/reports/" + code).with(user("sirt1").roles("SIRT", "REPORTER")))
                    .andExpect(status().isNotFound());
        }

        @Test
        void asksAnAnonymousVisitorToSignInForAnyCodeItMayNotSeeWithoutRevealingWhetherItExists() throws Exception {
            var code = reportAs("reporter");
            mvc.perform(get("/reports/" + code)).andExpect(redirectedUrl("/login"));
            mvc.perform(get("/reports/R-0000-0000-0000")).andExpect(redirectedUrl("/login"));
        }

        @Test
        void answersNotFoundForUnknownOrMalformedCodes() throws Exception {
            mvc.perform(get("/reports/R-0000-0000-0000").with(user("reporter").roles("REPORTER")))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/reports/<script>").with(user("reporter").roles("REPORTER")))
                    .andExpect(status().isNotFound());
        }
    }

    @Nested
    class HeadersAndLanguage {

        @Test
        void everyPageSendsTheSecurityHeaders() throws Exception {
            for (var path : new String[] {"/external-report", "/login", "/css/sirtdesk.css"}) {
                mvc.perform(get(path))
                        .andExpect(status().isOk())
                        .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                        .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                        .andExpect(header().string("Content-Security-Policy", containsString("form-action 'self'")))
                        .andExpect(header().string("Content-Security-Policy", containsString("script-src 'none'")))
                        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                        .andExpect(header().string("X-Frame-Options", "DENY"))
                        .andExpect(header().string("Referrer-Policy", "no-referrer"));
            }
            mvc.perform(post("/api/v1/external-reports")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}")
                            .with(from(freshAddress())))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
        }

        @Test
        void pagesAreJapaneseByDefaultWhateverTheBrowserPrefers() throws Exception {
            mvc.perform(get("/external-report").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9"))
                    .andExpect(content().string(containsString("<html lang=\"ja\">")))
                    .andExpect(content().string(containsString("外部からのセキュリティ報告窓口")))
                    .andExpect(content().contentType("text/html;charset=UTF-8"));
        }

        @Test
        void switchesToEnglishWithLangAndKeepsItForTheSession() throws Exception {
            var session = new MockHttpSession();
            mvc.perform(get("/external-report").param("lang", "en").session(session))
                    .andExpect(content().string(containsString("<html lang=\"en\">")))
                    .andExpect(content().string(containsString("Security report window")))
                    .andExpect(content().string(containsString("href=\"/external-report?lang=ja\"")));
            mvc.perform(post("/external-report")
                            .param("title", "")
                            .param("description", "d")
                            .session(session)
                            .with(csrf())
                            .with(from(freshAddress())))
                    .andExpect(content().string(containsString("Enter a value.")));
            mvc.perform(get("/external-report").param("lang", "ja").session(session))
                    .andExpect(content().string(containsString("外部からのセキュリティ報告窓口")));
            mvc.perform(get("/external-report").param("lang", "xx"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<html lang=\"ja\">")));
        }

        @Test
        void theApiKeepsItsOwnLanguageRules() throws Exception {
            mvc.perform(post("/api/v1/external-reports")
                            .contentType(MediaType.APPLICATION_JSON)
                            .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                            .content("{\"title\":\"\",\"description\":\"d\"}")
                            .with(from(freshAddress())))
                    .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
        }
    }
}
