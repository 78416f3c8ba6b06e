package org.raqib.text;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The news index: one Lucene document per article, its text in three fields (Arabic normalised, Arabic
 * stemmed with names protected, English; see {@link SearchAnalyzers}), with facets on source, entity, measure
 * and publication day, and the story it belongs to. Adding an article again replaces it. Searches see what
 * was added once {@link #refresh} ran.
 */
public final class ArticleIndex implements Closeable {

	static final String ID = "id";

	static final String STORY = "story";

	static final String SOURCE = "source_name";

	static final String TITLE = "title";

	static final String LANGUAGE = "language";

	static final String PUBLISHED = "published";

	/** Stored text with offsets in the postings, so snippets need no second analysis. */
	private static final FieldType WITH_OFFSETS = withOffsets();

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final Analyzer analyzer;

	private final FacetsConfig facets = new FacetsConfig();

	private final FacetStates states = new FacetStates();

	private ArticleIndex(Directory directory, EntityGazetteer gazetteer) throws IOException {
		this.directory = directory;
		this.analyzer = SearchAnalyzers.perField(gazetteer);
		this.writer = new IndexWriter(directory, new IndexWriterConfig(this.analyzer)
			.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
			.setRAMBufferSizeMB(64));
		this.searchers = new SearcherManager(this.writer, null);
		this.facets.setMultiValued("entity", true);
		this.facets.setMultiValued("measure", true);
	}

	public static ArticleIndex inMemory(EntityGazetteer gazetteer) {
		try {
			return new ArticleIndex(new ByteBuffersDirectory(), gazetteer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The index in a folder, created when absent. */
	public static ArticleIndex onDisk(Path folder, EntityGazetteer gazetteer) {
		try {
			return new ArticleIndex(FSDirectory.open(folder), gazetteer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void add(IndexedArticle article) {
		try {
			this.writer.updateDocument(new Term(ID, article.id()), this.facets.build(document(article)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void addAll(Collection<IndexedArticle> articles) {
		articles.forEach(this::add);
	}

	/** Makes what was added searchable and durable. */
	public void refresh() {
		try {
			this.writer.commit();
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Drops every article, before a rebuild. */
	public void clear() {
		try {
			this.writer.deleteAll();
			refresh();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The articles searchable now. */
	public int size() {
		return ArticleSearcher.size(this.searchers);
	}

	/**
	 * Finds articles in any language: the query is read by each field's analyzer, and every word must match in
	 * one field; {@code filters} narrows to facet values (dimension → value).
	 */
	public ArticleSearch search(String query, Map<String, String> filters, int stories) {
		return new ArticleSearcher(this.searchers, this.analyzer, this.facets, this.states).search(query, filters, stories);
	}

	private static FieldType withOffsets() {
		var type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	private static Document document(IndexedArticle article) {
		var doc = new Document();
		doc.add(new StringField(ID, article.id(), Field.Store.YES));
		doc.add(new StringField(STORY, article.story(), Field.Store.YES));
		doc.add(new StoredField(SOURCE, article.source()));
		doc.add(new StoredField(TITLE, article.title()));
		doc.add(new StoredField(LANGUAGE, article.language()));
		doc.add(new SortedSetDocValuesFacetField("source", article.source()));
		article.entities().stream().distinct().forEach(e -> doc.add(new SortedSetDocValuesFacetField("entity", e)));
		article.measures().stream().distinct().forEach(m -> doc.add(new SortedSetDocValuesFacetField("measure", m)));
		if (article.published() != null) {
			doc.add(new StoredField(PUBLISHED, article.published().toEpochMilli()));
			doc.add(new LongPoint(PUBLISHED, article.published().toEpochMilli()));
			doc.add(new SortedSetDocValuesFacetField("day",
					article.published().atOffset(ZoneOffset.UTC).toLocalDate().toString()));
		}
		boolean arabic = !article.language().equals("en");
		boolean english = !article.language().equals("ar");
		if (arabic) {
			doc.add(new Field(SearchAnalyzers.ARABIC, article.text(), WITH_OFFSETS));
			doc.add(new TextField(SearchAnalyzers.ARABIC_STEMMED, article.text(), Field.Store.NO));
		}
		if (english) {
			doc.add(new Field(SearchAnalyzers.ENGLISH, article.text(), WITH_OFFSETS));
		}
		return doc;
	}

	@Override
	public void close() {
		try {
			this.searchers.close();
			this.writer.close();
			this.directory.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
