#include "support/crawl_helpers.hpp"

#include <cctype>
#include <regex>
#include <set>
#include <sstream>

#include "domain/common/text.hpp"
#include "support/xlsx_test_reader.hpp"

namespace pacte::testing {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string DecodeAmpersands(std::string s) {
  for (std::size_t at = s.find("&amp;"); at != std::string::npos; at = s.find("&amp;", at + 1)) {
    s.replace(at, 5, "&");
  }
  return s;
}

bool IsXlsx(const ClientResponse& r) {
  return r.Header("content-type").find("spreadsheetml") != std::string::npos ||
         r.body.rfind("PK\x03\x04", 0) == 0;
}

std::string Attribute(const std::string& tag, const std::string& name) {
  const std::regex re("\\b" + name + R"re(\s*=\s*"([^"]*)")re", std::regex::icase);
  std::smatch m;
  if (std::regex_search(tag, m, re)) return DecodeAmpersands(m[1].str());
  return "";
}

bool HasFlag(const std::string& tag, const std::string& flag) {
  return std::regex_search(tag,
                           std::regex("\\s" + flag + R"re((\s|>|=|/))re", std::regex::icase));
}

std::string UrlEncode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

struct FormField {
  std::string name;
  std::string value;                 // default
  std::vector<std::string> options;  // select options
};

std::vector<FormField> FormFields(const std::string& form) {
  static const std::regex control(
      R"re(<input\b[^>]*>|<select\b[^>]*>[\s\S]*?</select>|<textarea\b[^>]*>)re",
      std::regex::icase);
  static const std::regex option(R"re(<option\b[^>]*>)re", std::regex::icase);
  std::vector<FormField> fields;
  for (std::sregex_iterator it(form.begin(), form.end(), control), end; it != end; ++it) {
    const std::string tag = it->str();
    const std::string open_tag = tag.substr(0, tag.find('>') + 1);
    FormField f{Attribute(open_tag, "name"), "", {}};
    if (f.name.empty()) continue;
    if (Lower(tag).rfind("<select", 0) == 0) {
      for (std::sregex_iterator o(tag.begin(), tag.end(), option); o != end; ++o) {
        const std::string v = Attribute(o->str(), "value");
        f.options.push_back(v);
        if (HasFlag(o->str(), "selected") || f.options.size() == 1) f.value = v;
      }
    } else {
      const std::string type = Lower(Attribute(open_tag, "type"));
      if (type == "submit" || type == "button" || type == "reset" || type == "file") continue;
      if ((type == "checkbox" || type == "radio") && !HasFlag(open_tag, "checked")) continue;
      f.value = Attribute(open_tag, "value");
    }
    fields.push_back(std::move(f));
  }
  return fields;
}

std::string FormUrl(const std::string& action, const std::vector<FormField>& fields,
                    std::size_t changed, const std::string& value) {
  std::string query;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (!query.empty()) query += '&';
    query += UrlEncode(fields[i].name) + '=' + UrlEncode(i == changed ? value : fields[i].value);
  }
  const std::string base = action.substr(0, action.find('?'));
  return query.empty() ? base : base + '?' + query;
}

}  // namespace

std::vector<std::string> ExtractGetFormUrls(std::string_view html, const std::string& page_path,
                                            std::size_t per_select) {
  static const std::regex form_re(R"re((<form\b[^>]*>)([\s\S]*?)</form>)re", std::regex::icase);
  const std::string text(html);
  std::vector<std::string> out;
  for (std::sregex_iterator it(text.begin(), text.end(), form_re), end; it != end; ++it) {
    const std::string open_tag = (*it)[1].str();
    const std::string method = Lower(Attribute(open_tag, "method"));
    if (!method.empty() && method != "get") continue;
    std::string action = Attribute(open_tag, "action");
    if (action.empty()) action = page_path;
    if (action[0] != '/' || action.rfind("//", 0) == 0) continue;
    const auto fields = FormFields((*it)[2].str());
    out.push_back(FormUrl(action, fields, fields.size(), ""));
    for (std::size_t i = 0; i < fields.size(); ++i) {
      std::size_t n = 0;
      for (const auto& option : fields[i].options) {
        if (option == fields[i].value || n++ >= per_select) continue;
        out.push_back(FormUrl(action, fields, i, option));
      }
    }
  }
  return out;
}

std::vector<std::string> ExtractLinks(std::string_view html) {
  static const std::regex attr(R"re((?:href|src|action|hx-get)\s*=\s*"([^"]*)")re",
                               std::regex::icase);
  std::vector<std::string> out;
  std::set<std::string> seen;
  const std::string text(html);
  for (std::sregex_iterator it(text.begin(), text.end(), attr), end; it != end; ++it) {
    std::string link = DecodeAmpersands((*it)[1].str());
    if (auto hash = link.find('#'); hash != std::string::npos) link.erase(hash);
    if (link.empty() || link[0] != '/' || link.rfind("//", 0) == 0) continue;
    if (seen.insert(link).second) out.push_back(link);
  }
  return out;
}

std::vector<std::string> OpenApiGetPaths(const std::string& yaml) {
  static const std::regex path_re(R"(^  (/[^:]*):\s*$)");
  static const std::regex get_re(R"(^    get:\s*$)");
  std::vector<std::string> out;
  std::istringstream in(yaml);
  std::string line;
  std::string current;
  bool in_paths = false;
  std::smatch m;
  while (std::getline(in, line)) {
    if (line.rfind("paths:", 0) == 0) {
      in_paths = true;
      continue;
    }
    if (in_paths && !line.empty() && line[0] != ' ' && line[0] != '#') in_paths = false;
    if (!in_paths) continue;
    if (std::regex_match(line, m, path_re)) {
      current = m[1];
    } else if (!current.empty() && std::regex_match(line, get_re)) {
      out.push_back(current);
    }
  }
  return out;
}

std::vector<std::string> PatternParameters(const std::string& pattern) {
  std::vector<std::string> names;
  for (std::size_t open = pattern.find('{'); open != std::string::npos;
       open = pattern.find('{', open + 1)) {
    const std::size_t close = pattern.find('}', open);
    if (close == std::string::npos) break;
    names.push_back(pattern.substr(open + 1, close - open - 1));
  }
  return names;
}

std::vector<std::string> ExpandPattern(
    const std::string& pattern,
    const std::function<std::vector<std::string>(const std::string&)>& values,
    std::size_t limit) {
  const std::size_t open = pattern.find('{');
  if (open == std::string::npos) return {pattern};
  const std::size_t close = pattern.find('}', open);
  if (close == std::string::npos) return {pattern};
  const std::string name = pattern.substr(open + 1, close - open - 1);
  std::vector<std::string> out;
  for (const auto& v : values(name)) {
    const std::string head = pattern.substr(0, open) + v;
    for (const auto& tail : ExpandPattern(pattern.substr(close + 1), values, limit)) {
      if (out.size() >= limit) return out;
      out.push_back(head + tail);
    }
  }
  return out;
}

std::string ResponseText(const ClientResponse& r) {
  std::string text = "HTTP " + std::to_string(r.status) + "\n";
  for (const auto& [name, value] : r.headers) text += name + ": " + value + "\n";
  text += "\n" + r.body;
  if (IsXlsx(r) && r.status == 200) {
    const auto files = UnzipForTest(r.body);
    for (const auto& [name, content] : files) text += "\n" + name + "\n" + content;
    for (int sheet = 1; files.count("xl/worksheets/sheet" + std::to_string(sheet) + ".xml");
         ++sheet) {
      for (const auto& [ref, cell] : SheetCellsForTest(files, sheet)) text += "\n" + cell;
    }
  }
  return text;
}

void PersonalDataProbe::Add(std::string label, std::string value) {
  values_.push_back(Value{std::move(label), Lower(value), SearchKey(value)});
}

std::vector<std::string> PersonalDataProbe::FoundIn(std::string_view text) const {
  const std::string lower = Lower(text);
  const std::string folded = " " + SearchKey(text) + " ";
  std::vector<std::string> found;
  for (const auto& v : values_) {
    const bool raw = lower.find(v.lower) != std::string::npos;
    const bool fold = !v.folded.empty() && folded.find(v.folded) != std::string::npos;
    if (raw || fold) found.push_back(v.label);
  }
  return found;
}

}  // namespace pacte::testing
