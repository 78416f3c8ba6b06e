package org.raqib.server.access;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The access audit for administrators, newest first, filtered by action. */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AccessAudit audit;

	AuditController(AccessAudit audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) @Nullable AuditAction action,
			@RequestParam(defaultValue = "0") int page, Model model) {
		int current = Math.max(page, 0);
		var entries = this.audit.page(action, current, PAGE_SIZE + 1);
		model.addAttribute("entries", entries.subList(0, Math.min(entries.size(), PAGE_SIZE)));
		model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
		model.addAttribute("page", current);
		model.addAttribute("action", action);
		model.addAttribute("actions", AuditAction.values());
		return "admin/audit";
	}

}
