package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** MinHash similarity and stories: a republished text is found, different stories are kept apart. */
class NearDuplicatesTests {

	static final String STORY = """
			Hundreds of aid trucks crossed into the Gaza Strip through the Kerem Shalom crossing on Monday, \
			the second day of the ceasefire, according to the United Nations humanitarian office. \
			Officials said fuel trucks were among them and that most convoys headed for the north of the strip, \
			where shortages have been most severe. Aid agencies said the pace must be kept up for weeks \
			to meet the needs of the population, and that inspections at the crossing remained slow.""";

	static final String OTHER = """
			Turkish and Russian military police held their first joint patrol along the M4 highway \
			near Saraqib on Sunday, the defence ministry said. The patrol was shortened after residents \
			blocked the road with burning tyres, and officers said later patrols would follow the agreed route \
			towards the west of the province.""";

	static final String AR = """
			عبرت مئات الشاحنات المحملة بالمساعدات إلى قطاع غزة عبر معبر كرم أبو سالم يوم الاثنين في اليوم \
			الثاني لوقف إطلاق النار، بحسب مكتب الأمم المتحدة للشؤون الإنسانية، وقال مسؤولون إن بينها شاحنات وقود \
			وإن معظم القوافل توجهت إلى شمال القطاع حيث النقص أشد.""";

	static Article article(String source, String title, String body) {
		return new Article(source, null, null, Languages.of(body), title, null, List.of(), List.of(body), "line 1");
	}

	@Test
	void aLightlyEditedCopyIsANearDuplicate() {
		String edited = STORY.replace("on Monday", "on Monday morning").replace("weeks", "many weeks");
		assertThat(NearDuplicates.similarity(NearDuplicates.signature(STORY), NearDuplicates.signature(edited)))
			.isGreaterThanOrEqualTo(NearDuplicates.NEAR_DUPLICATE);
	}

	@Test
	void differentStoriesAreNotSimilar() {
		assertThat(NearDuplicates.similarity(NearDuplicates.signature(STORY), NearDuplicates.signature(OTHER)))
			.isLessThan(0.1);
	}

	@Test
	void arabicSpellingVariantsDoNotHideACopy() {
		String variant = AR.replace("إلى", "الى").replace("غزة", "غزه").replace("الثاني", "الثانى");
		assertThat(NearDuplicates.similarity(NearDuplicates.signature(AR), NearDuplicates.signature(variant)))
			.isEqualTo(1.0);
	}

	@Test
	void republishedArticlesMakeOneStoryWithTheirSources() {
		Article original = article("agency", "Aid trucks enter Gaza", STORY);
		Article copy = article("site-a", "Aid trucks enter Gaza", STORY.replace("Officials said", "Officials added"));
		Article extended = article("site-b", "Aid trucks enter Gaza as truce holds", STORY + " More convoys are expected.");
		Article other = article("site-a", "Joint patrol on the M4", OTHER);
		List<NearDuplicates.Story> stories = NearDuplicates.stories(List.of(original, other, copy, extended),
				NearDuplicates.NEAR_DUPLICATE);
		assertThat(stories).hasSize(2);
		assertThat(stories.get(0).articles()).containsExactly(original, copy, extended);
		assertThat(stories.get(0).sources()).containsExactly("agency", "site-a", "site-b");
		assertThat(stories.get(1).articles()).containsExactly(other);
	}

}
