package org.raqib.server.person;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.person.Persons.ListCount;
import org.raqib.server.system.RaqibCommand;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./raqib purge}: deletes the personal data of persons whose list's retention ended before today,
 * and prints how many persons of which lists (never who).
 */
@Command(name = "purge", mixinStandardHelpOptions = true,
		description = "Delete the personal data of persons kept past their list's retain-until date; "
				+ "references and commitments stay.")
class PurgeCommand implements RaqibCommand {

	@Option(names = "--dry-run", description = "report what would be purged, change nothing")
	boolean dryRun;

	@Option(names = "--today", description = "the day to purge as of (YYYY-MM-DD; default: today, UTC)")
	@Nullable String today;

	@Override
	public int run(ApplicationContext context) {
		LocalDate day;
		try {
			day = this.today == null ? LocalDate.now(context.getBean(java.time.Clock.class)) : LocalDate.parse(this.today);
		}
		catch (DateTimeParseException ex) {
			System.err.println("--today: not a date (YYYY-MM-DD): " + this.today);
			return 2;
		}
		PersonPurge purge = context.getBean(PersonPurge.class);
		List<ListCount> lists = this.dryRun ? purge.due(day) : purge.purge(day);
		String verb = this.dryRun ? "Would purge" : "Purged";
		long total = lists.stream().mapToLong(ListCount::persons).sum();
		for (ListCount list : lists) {
			System.out.println(verb + " " + list.persons() + " persons of list " + list.listId() + " (log " + list.log()
					+ ", party " + list.party() + ")");
		}
		System.out.println(verb + " " + total + " persons in " + lists.size() + " lists, retained until before " + day);
		return 0;
	}

}
