package org.raqib.server.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final LoginThrottle throttle;

	LoginController(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@GetMapping("/login")
	String login(Authentication authentication, Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return "redirect:/";
		}
		model.addAttribute("lockMinutes", this.throttle.lockMinutes());
		return "login";
	}

}
