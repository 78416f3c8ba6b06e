package org.raqib.server.web;

import org.raqib.server.access.RaqibUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The room's front page: who is signed in, where they may act, and where to go next. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal RaqibUser user, Model model) {
		model.addAttribute("me", user);
		model.addAttribute("grants", user.grants());
		return "home";
	}

}
