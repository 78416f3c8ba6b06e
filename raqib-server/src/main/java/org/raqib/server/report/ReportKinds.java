package org.raqib.server.report;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.record.RecordKind;
import org.raqib.server.record.RecordedEntry;
import org.raqib.server.system.InvalidInput;
import org.raqib.tlog.EntryKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The report's kind: {@code report.published/v1}, signed by the mediator's party that published it. Its
 * payload holds only the day, the period and the documents' hashes, all of them public once published:
 * anyone may read it.
 */
@Configuration(proxyBeanMethods = false)
class ReportKinds {

	static final String PUBLISHED = "report.published/v1";

	@Bean
	RecordKind reportPublished(PublishedReports published) {
		return new RecordKind() {

			@Override
			public EntryKind kind() {
				return EntryKind.signedByParty(PUBLISHED);
			}

			@Override
			public void validate(byte[] payload, List<Long> refs) {
				Publication.read(payload);
				if (!refs.isEmpty()) {
					throw InvalidInput.of("refs", "report.ref.unexpected");
				}
			}

			@Override
			public void project(RecordedEntry entry) {
				published.insert(entry, Publication.read(entry.payload()));
			}

			@Override
			public boolean mayRead(@Nullable RaqibUser user, RecordedEntry entry) {
				return true;
			}

			@Override
			public List<String> projectionTables() {
				return List.of(PublishedReports.TABLE);
			}

		};
	}

}
