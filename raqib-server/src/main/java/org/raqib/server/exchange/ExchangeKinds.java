package org.raqib.server.exchange;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.agreement.compliance.Facts;
import org.raqib.server.record.RecordKind;
import org.raqib.server.record.RoomKind;
import org.raqib.server.record.RecordedEntry;
import org.raqib.server.system.InvalidInput;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The exchange kinds. Each is signed by the party that acts (the mediators plan rounds, the custodian
 * submits its lists and transfers its persons, the intermediary confirms identities and hands over, the
 * receiving side receives). Payloads name persons by reference only; still, only the room reads them.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeKinds {

	static final String ROUND_PLANNED = "exchange.round-planned/v1";

	static final String ROUND_STATUS = "exchange.round-status/v1";

	static final String LIST_PART = "exchange.list-part/v1";

	static final String LIST_SUBMITTED = "exchange.list-submitted/v1";

	static final String STEP = "exchange.step/v1";

	private static final List<String> TABLES = List.of("exchange_round", "exchange_round_status", "exchange_list",
			"exchange_person", "exchange_step", "exchange_step_person", Facts.TABLE);

	@Bean
	RecordKind exchangeRoundPlanned(ExchangeProjection projection, RoundTable rounds) {
		return new Kind(ROUND_PLANNED) {

			@Override
			public void validate(byte[] payload, List<Long> refs) {
				ExchangePayloads.RoundPlan.read(payload);
				noRefs(refs);
			}

			@Override
			public void project(RecordedEntry entry) {
				projection.roundPlanned(entry, ExchangePayloads.RoundPlan.read(entry.payload()));
			}

			@Override
			public boolean revise(RecordedEntry revision, RecordedEntry target, byte @Nullable [] replacement) {
				if (replacement == null) {
					return false;
				}
				return rounds.replan(target.log(), target.index(), ExchangePayloads.RoundPlan.read(replacement));
			}

		};
	}

	@Bean
	RecordKind exchangeRoundStatus(ExchangeProjection projection, RoundTable rounds) {
		return new Kind(ROUND_STATUS) {

			@Override
			public void validate(byte[] payload, List<Long> refs) {
				ExchangePayloads.RoundStatus.read(payload);
				noRefs(refs);
			}

			@Override
			public void project(RecordedEntry entry) {
				projection.roundStatus(entry, ExchangePayloads.RoundStatus.read(entry.payload()));
			}

			@Override
			public boolean revise(RecordedEntry revision, RecordedEntry target, byte @Nullable [] replacement) {
				String state = rounds.statusState(target.log(), target.index());
				if (!"current".equals(state) && !"corrected".equals(state)) {
					return false;
				}
				ExchangePayloads.RoundStatus corrected = replacement == null ? null
						: ExchangePayloads.RoundStatus.read(replacement);
				ExchangePayloads.RoundStatus original = ExchangePayloads.RoundStatus.read(target.payload());
				if (corrected != null && (corrected.status() != original.status() || corrected.round() != original.round())) {
					return false;
				}
				rounds.revise(target.log(), target.index(), corrected == null ? "retracted" : "corrected", corrected);
				return true;
			}

		};
	}

	@Bean
	RecordKind exchangeListPart(ExchangeProjection projection) {
		return new Kind(LIST_PART) {

			@Override
			public void validate(byte[] payload, List<Long> refs) {
				ExchangePayloads.ListPart.read(payload);
				noRefs(refs);
			}

			@Override
			public void project(RecordedEntry entry) {
				projection.listPart(entry, ExchangePayloads.ListPart.read(entry.payload()));
			}

		};
	}

	@Bean
	RecordKind exchangeListSubmitted(ExchangeProjection projection) {
		return new Kind(LIST_SUBMITTED) {

			@Override
			public void validate(byte[] payload, List<Long> refs) {
				ExchangePayloads.ListClosing.read(payload);
				if (refs.isEmpty()) {
					throw InvalidInput.of("refs", "exchange.list.parts.required");
				}
			}

			@Override
			public void project(RecordedEntry entry) {
				projection.listSubmitted(entry, ExchangePayloads.ListClosing.read(entry.payload()));
			}

			@Override
			public boolean revise(RecordedEntry revision, RecordedEntry target, byte @Nullable [] replacement) {
				return projection.reviseList(revision, target,
						replacement == null ? null : ExchangePayloads.ListClosing.read(replacement));
			}

		};
	}

	@Bean
	RecordKind exchangeStep(ExchangeProjection projection) {
		return new Kind(STEP) {

			@Override
			public void validate(byte[] payload, List<Long> refs) {
				ExchangePayloads.Step step = ExchangePayloads.Step.read(payload);
				if (step.step().joins().isPresent() != (refs.size() == 1) || refs.size() > 1) {
					throw InvalidInput.of("refs", step.step().joins().isPresent() ? "exchange.step.ref.required"
							: "exchange.step.ref.unexpected");
				}
			}

			@Override
			public void project(RecordedEntry entry) {
				projection.step(entry, ExchangePayloads.Step.read(entry.payload()));
			}

			@Override
			public boolean revise(RecordedEntry revision, RecordedEntry target, byte @Nullable [] replacement) {
				return replacement == null ? projection.retractStep(revision, target)
						: projection.correctStep(revision, target, ExchangePayloads.Step.read(replacement));
			}

		};
	}

	private static void noRefs(List<Long> refs) {
		if (!refs.isEmpty()) {
			throw InvalidInput.of("refs", "exchange.ref.unexpected");
		}
	}

	private abstract static class Kind extends RoomKind {

		Kind(String name) {
			super(name, TABLES);
		}

	}

}
