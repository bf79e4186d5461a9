package org.sirtdesk.api.web.page;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page for employees in demo mode; Spring Security handles {@code POST /login}. With
 * {@code sirtdesk.security.mode=jwt} employees would sign in through the organisation's OIDC
 * provider instead (see docs/forms.md), so the page does not exist there.
 */
@Controller
@ConditionalOnProperty(name = "sirtdesk.security.mode", havingValue = "demo", matchIfMissing = true)
public class LoginController extends HtmlPage {

    @GetMapping(FormPaths.LOGIN)
    String login() {
        return "login";
    }
}
