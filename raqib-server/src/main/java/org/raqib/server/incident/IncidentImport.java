package org.raqib.server.incident;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.raqib.server.access.RaqibUser;
import org.raqib.server.system.ColumnHeaders;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.InvalidInput.FieldProblem;
import org.raqib.server.system.Rejected;
import org.raqib.server.system.Spreadsheet;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Incidents from a sheet (a monitor team's daily sheet, an ACLED extract): columns mapped to fields by their
 * headers or as the user maps them, every row checked, and all rows recorded only when none has a problem.
 * Problems name the row and the column as the file has them.
 */
@Service
public class IncidentImport {

	/** What a sheet gives: the column of each field (-1: none), and per row the report or its problems. */
	record Check(Map<IncidentField, Integer> columns, List<IncidentReport> reports, List<FieldProblem> problems) {
	}

	private final IncidentRooms rooms;

	private final Incidents incidents;

	IncidentImport(IncidentRooms rooms, Incidents incidents) {
		this.rooms = rooms;
		this.incidents = incidents;
	}

	/** @param mapping field code to the header the user chose for it (blank: as the headers suggest). */
	Check check(String log, String party, Spreadsheet sheet, Map<String, String> mapping) {
		IncidentRoom room = this.rooms.of(log);
		Map<IncidentField, Integer> columns = columns(sheet, mapping);
		var problems = new ArrayList<FieldProblem>();
		for (IncidentField f : IncidentField.values()) {
			if (f.required() && columns.get(f) < 0) {
				problems.add(new FieldProblem("map_" + f.code(), "incident.import.column.missing", List.of(f.code())));
			}
		}
		var reports = new ArrayList<IncidentReport>();
		if (!problems.isEmpty()) {
			return new Check(columns, reports, problems);
		}
		for (Spreadsheet.Row row : sheet.rows()) {
			var fields = new EnumMap<IncidentField, String>(IncidentField.class);
			columns.forEach((f, c) -> fields.put(f, c < 0 ? null : row.cell(c)));
			try {
				IncidentReport report = IncidentInput.report(fields, room.zone(), false);
				List<FieldProblem> broken = this.incidents.problems(room, party, report);
				if (broken.isEmpty()) {
					reports.add(report);
				}
				broken.forEach(p -> problems.add(atRow(row, p, sheet, columns)));
			}
			catch (InvalidInput invalid) {
				invalid.problems().forEach(p -> problems.add(atRow(row, p, sheet, columns)));
			}
		}
		return new Check(columns, reports, problems);
	}

	/**
	 * Checks the sheet and records every row, or none.
	 * @return how many incidents were recorded.
	 * @throws InvalidInput with every row's problems, nothing recorded.
	 */
	public int record(RaqibUser user, String log, String party, Spreadsheet sheet, Map<String, String> mapping) {
		if (!Duties.mayReportFor(user, log, party)) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_YOUR_PARTY", "you do not report for " + party + " here");
		}
		Check check = check(log, party, sheet, mapping);
		if (!check.problems().isEmpty()) {
			throw new InvalidInput(check.problems());
		}
		check.reports().forEach(r -> this.incidents.report(user, log, party, r));
		return check.reports().size();
	}

	static Map<IncidentField, Integer> columns(Spreadsheet sheet, Map<String, String> mapping) {
		var columns = new LinkedHashMap<IncidentField, Integer>();
		Set<Integer> taken = new HashSet<>();
		for (IncidentField f : IncidentField.values()) {
			String chosen = mapping.get(f.code());
			if (chosen != null && !chosen.isBlank()) {
				int c = sheet.headers().indexOf(chosen);
				columns.put(f, c);
				taken.add(c);
			}
		}
		for (IncidentField f : IncidentField.values()) {
			if (!columns.containsKey(f)) {
				int c = ColumnHeaders.find(sheet.headers(), f.code(), f.suggesting(), taken);
				columns.put(f, c);
				if (c >= 0) {
					taken.add(c);
				}
			}
		}
		return columns;
	}

	private static FieldProblem atRow(Spreadsheet.Row row, FieldProblem problem, Spreadsheet sheet,
			Map<IncidentField, Integer> columns) {
		String column = problem.field();
		for (Map.Entry<IncidentField, Integer> e : columns.entrySet()) {
			if (e.getKey().code().equals(problem.field()) && e.getValue() >= 0) {
				column = sheet.header(e.getValue());
			}
		}
		var arguments = new ArrayList<Object>(problem.arguments());
		return new FieldProblem("row " + row.number() + ", " + column, problem.code(), arguments);
	}

}
