#include "parley/analysis/news.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "parley/evidence/extract.hpp"
#include "parley/evidence/reading.hpp"
#include "parley/evidence/sentences.hpp"
#include "parley/io/news_files.hpp"

namespace parley::analysis {

namespace {

// The claims of a document's sentences, each dated with the document's publication date.
std::vector<evidence::Claim> claims_of(const evidence::ExtractionModel& model,
                                       const evidence::Document& doc,
                                       const std::vector<evidence::Sentence>& sentences) {
  std::vector<evidence::Claim> claims;
  for (const auto& s : sentences) {
    for (auto& c : model.extract(doc.name, s.line, s.text)) {
      c.date = doc.published;
      claims.push_back(std::move(c));
    }
  }
  return claims;
}

NewsDocument read_one(const evidence::ExtractionModel& model, std::string name,
                      std::string_view bytes) {
  const evidence::Document doc = evidence::read_document(std::move(name), bytes);
  NewsDocument d;
  d.name = doc.name;
  d.format = doc.format;
  d.hash = doc.hash;
  d.bytes = bytes.size();
  d.lines = doc.lines.size();
  for (const auto& l : doc.lines) d.article_lines += l.kind == evidence::LineKind::article;
  d.published = doc.published;
  d.problems = doc.problems;
  const auto sentences = evidence::split_sentences(doc);
  d.sentences = sentences.size();
  d.claims = claims_of(model, doc, sentences);
  return d;
}

void finish(News& news) {
  for (const auto& d : news.documents)
    news.claims.insert(news.claims.end(), d.claims.begin(), d.claims.end());
  news.merged = evidence::merge_claims(news.claims);
  news.disagreements = evidence::disagreements(news.merged);
}

}  // namespace

News read_news_texts(const std::vector<std::pair<std::string, std::string>>& texts,
                     const scenario::Scenario& scenario) {
  const evidence::ExtractionModel model(scenario);
  News news;
  for (const auto& [name, bytes] : texts) news.documents.push_back(read_one(model, name, bytes));
  finish(news);
  return news;
}

void for_each_news_document(const std::vector<std::string>& paths,
                            const scenario::Scenario& scenario,
                            const std::function<void(const NewsDocument&)>& visit) {
  const auto files = io::list_news_files(paths);
  const evidence::ExtractionModel model(scenario);
  for (const auto& path : files) {
    const io::NewsFile f = io::read_news_file(path);
    visit(read_one(model, f.name, f.bytes));
  }
}

News read_news(const std::vector<std::string>& paths, const scenario::Scenario& scenario) {
  const auto files = io::list_news_files(paths);
  const evidence::ExtractionModel model(scenario);
  News news;
  for (const auto& path : files) {
    const io::NewsFile f = io::read_news_file(path);
    news.documents.push_back(read_one(model, f.name, f.bytes));
  }
  finish(news);
  return news;
}

std::vector<NewsContradiction> contradictions(const scenario::Scenario& scenario,
                                              const News& news) {
  std::vector<NewsContradiction> out;
  for (std::size_t i = 0; i < news.merged.size(); ++i) {
    const auto& m = news.merged[i];
    const scenario::Issue* issue = scenario.find_issue(m.issue);
    if (!issue || !scenario.find_actor(m.actor)) continue;
    const scenario::Position* p = scenario.find_position(m.actor, m.issue);
    if (!p) {
      out.push_back({NewsContradiction::Kind::no_position, i});
      continue;
    }
    const double lo = issue->scale_min(), hi = issue->scale_max();
    if (issue->kind == scenario::IssueKind::numeric) {
      if (m.value && (m.unit.empty() || m.unit == issue->unit) &&
          std::fabs(*m.value - p->ideal.value) > 0.01 * (hi - lo))
        out.push_back({NewsContradiction::Kind::value, i});
      continue;
    }
    // Options: the high end is the proposition; an ideal exactly in the middle contradicts
    // neither direction.
    const double mid = (lo + hi) / 2;
    if ((m.favours && p->ideal.value < mid) || (!m.favours && p->ideal.value > mid))
      out.push_back({NewsContradiction::Kind::direction, i});
  }
  return out;
}

namespace {

// A source id from a file name: letters, digits, '-', '_', '.'; starting with a letter.
std::string source_id(const std::string& name, std::set<std::string>& used) {
  std::string id = "doc-";
  for (char c : name) {
    const bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
    id.push_back(ok ? c : '-');
  }
  std::string unique = id;
  for (int k = 2; used.count(unique); ++k) unique = id + "-" + std::to_string(k);
  used.insert(unique);
  return unique;
}

}  // namespace

scenario::Scenario draft_scenario(const scenario::Scenario& taxonomy, const News& news,
                                  const std::string& as_of) {
  scenario::Scenario out;
  out.meta.title = taxonomy.meta.title.empty() ? "Draft from the news"
                                               : taxonomy.meta.title + " (draft from the news)";
  out.meta.as_of = as_of;
  out.meta.description = "Drafted by parley from " + std::to_string(news.documents.size()) +
                         " documents. Every ideal point and salience is an assumption to review "
                         "against the cited lines.";
  out.bargaining = taxonomy.bargaining;
  std::map<std::string, std::string> source_of;  // document name -> source id
  std::set<std::string> used;
  for (const auto& d : news.documents) {
    if (d.claims.empty()) continue;
    const std::string id = source_id(d.name, used);
    source_of[d.name] = id;
    out.meta.sources.push_back({id, d.name, d.name, "", "", ""});
  }
  std::set<std::string> actors, issues;
  for (const auto& m : news.merged) {
    if (taxonomy.find_actor(m.actor) && taxonomy.find_issue(m.issue)) {
      actors.insert(m.actor);
      issues.insert(m.issue);
    }
  }
  for (const auto& a : taxonomy.actors)
    if (actors.count(a.id)) out.actors.push_back(a);
  for (const auto& i : taxonomy.issues) {
    if (!issues.count(i.id)) continue;
    scenario::Issue issue = i;
    // Only the actors the draft keeps can favour an end.
    for (auto* end : {&issue.low, &issue.high}) {
      auto& f = end->favoured_by;
      f.erase(std::remove_if(f.begin(), f.end(), [&](const auto& a) { return !actors.count(a); }),
              f.end());
    }
    out.issues.push_back(std::move(issue));
  }
  for (const auto& actor : out.actors) {
    for (const auto& issue : out.issues) {
      std::vector<const evidence::MergedClaim*> claims;
      for (const auto& m : news.merged)
        if (m.actor == actor.id && m.issue == issue.id) claims.push_back(&m);
      if (claims.empty()) continue;
      scenario::Position p;
      p.actor = actor.id;
      p.issue = issue.id;
      p.salience = {0.5, scenario::Interval{0.2, 0.8}, true};
      const double lo = issue.scale_min(), hi = issue.scale_max();
      std::size_t for_reports = 0, against_reports = 0, most = 0;
      std::optional<double> value;
      double vmin = hi, vmax = lo;
      for (const auto* m : claims) {
        (m->favours ? for_reports : against_reports) += m->reports.size();
        if (issue.kind == scenario::IssueKind::numeric && m->value &&
            (m->unit.empty() || m->unit == issue.unit) && *m->value >= lo && *m->value <= hi) {
          vmin = std::min(vmin, *m->value);
          vmax = std::max(vmax, *m->value);
          if (m->reports.size() > most) {
            most = m->reports.size();
            value = m->value;
          }
        }
      }
      if (value) {
        p.ideal = {*value, std::nullopt, vmin < vmax};
        if (vmin < vmax) p.ideal.range = scenario::Interval{vmin, vmax};
      } else if (issue.kind == scenario::IssueKind::options) {
        const bool favours = for_reports >= against_reports;
        const double mid = std::floor((lo + hi) / 2);
        p.ideal =
            favours ? scenario::Estimate{hi, scenario::Interval{std::ceil((lo + hi) / 2), hi}, true}
                    : scenario::Estimate{lo, scenario::Interval{lo, mid}, true};
      } else {
        p.ideal = {(lo + hi) / 2, scenario::Interval{lo, hi}, true};
      }
      const bool redline =
          std::any_of(claims.begin(), claims.end(), [](const auto* m) { return m->redline; });
      std::string counts;
      std::map<std::string, std::size_t> by_stance;
      for (const auto* m : claims) by_stance[evidence::to_string(m->stance)] += m->reports.size();
      for (const auto& [stance, n] : by_stance)
        counts += (counts.empty() ? "" : ", ") + stance + " ×" + std::to_string(n);
      p.note = "Drafted from the news: " + counts + "; " + std::to_string(for_reports) + " for, " +
               std::to_string(against_reports) + " against the proposition" +
               (redline ? "; called non-negotiable (red line at the ideal, to review)" : "") + ".";
      if (redline && (issue.kind == scenario::IssueKind::numeric ||
                      !issue.low.favoured_by.empty() || !issue.high.favoured_by.empty()))
        p.red_line = scenario::Estimate{p.ideal.value, std::nullopt, true};
      std::size_t cited = 0;
      for (const auto* m : claims) {
        for (const auto& r : m->reports) {
          if (cited == 5) break;
          scenario::Evidence e;
          e.doc = source_of[r.doc];
          e.line = r.line;
          e.attribution =
              r.source.empty() ? scenario::Attribution::direct : scenario::Attribution::reported;
          e.by = r.source.empty() ? actor.name : r.source;
          e.value = m->value;
          if (m->value) e.unit = m->unit;
          e.note = std::string(evidence::to_string(m->stance)) +
                   (m->favours ? ", for the proposition" : ", against the proposition") +
                   " (drafted; check the line)";
          p.evidence.push_back(std::move(e));
          ++cited;
        }
      }
      out.positions.push_back(std::move(p));
    }
  }
  return out;
}

IngestResult ingest_news(const std::vector<std::string>& paths, const scenario::Scenario& scenario,
                         const std::string& db,
                         const std::function<void(std::size_t, std::size_t)>& progress) {
  const auto files = io::list_news_files(paths);
  const evidence::ExtractionModel model(scenario);
  io::EvidenceStore store = io::EvidenceStore::open(db);
  IngestResult out;
  out.files = files.size();
  for (std::size_t k = 0; k < files.size(); ++k) {
    const io::NewsFile f = io::read_news_file(files[k]);
    const evidence::Document doc = evidence::read_document(f.name, f.bytes);
    const auto sentences = evidence::split_sentences(doc);
    const std::vector<evidence::Claim> claims = claims_of(model, doc, sentences);
    if (store.add(doc, sentences.size(), claims)) {
      ++out.added;
      out.claims += claims.size();
    } else {
      ++out.already;
    }
    if (progress) progress(k + 1, files.size());
  }
  return out;
}

News news_from_store(const std::string& db) {
  const io::EvidenceStore store = io::EvidenceStore::open(db, io::EvidenceStore::Access::read_only);
  News news;
  // Claims come document by document, in the order of documents(): O(documents + claims).
  const auto claims = store.claims();
  std::size_t next = 0;
  for (const auto& d : store.documents()) {
    NewsDocument n;
    n.name = d.name;
    n.format = d.format;
    n.hash = d.hash;
    n.lines = d.lines;
    n.sentences = d.sentences;
    n.published = d.published;
    for (std::size_t k = 0; k < d.claims && next < claims.size(); ++k) {
      n.claims.push_back(claims[next++]);
    }
    news.documents.push_back(std::move(n));
  }
  finish(news);
  return news;
}

EvidenceReport evidence_report(const std::string& db, const io::ClaimQuery& query) {
  const io::EvidenceStore store = io::EvidenceStore::open(db, io::EvidenceStore::Access::read_only);
  EvidenceReport out;
  out.db = db;
  out.documents = store.document_count();
  out.summaries = store.summaries(query);
  out.claims = store.claims(query);
  return out;
}

}  // namespace parley::analysis
