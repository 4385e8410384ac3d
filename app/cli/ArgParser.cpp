#include "ArgParser.h"

#include <sstream>

namespace assay::cli {

ArgParser::ArgParser(std::string usage, std::string summary)
    : m_usage(std::move(usage))
    , m_summary(std::move(summary))
{}

ArgParser &ArgParser::positional(std::string name, std::string help)
{
    m_positionals.emplace_back(std::move(name), std::move(help));
    return *this;
}

ArgParser &ArgParser::option(std::string name, std::string valueName, std::string help,
                             std::string defaultValue)
{
    m_options.push_back(
        {std::move(name), std::move(valueName), std::move(help), std::move(defaultValue)});
    return *this;
}

ArgParser &ArgParser::flag(std::string name, std::string help)
{
    m_options.push_back({std::move(name), {}, std::move(help), {}});
    return *this;
}

ArgParser &ArgParser::allowRest(std::string name, std::string help)
{
    m_restName = std::move(name);
    m_restHelp = std::move(help);
    return *this;
}

const ArgParser::Spec *ArgParser::find(const std::string &name) const
{
    for (const Spec &spec : m_options)
        if (spec.name == name)
            return &spec;
    return nullptr;
}

bool ArgParser::parse(const std::vector<std::string> &args)
{
    std::size_t positionalIndex = 0;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (arg == "--help" || arg == "-h") {
            m_help = true;
            return true;
        }
        if (arg.size() > 2 && arg.compare(0, 2, "--") == 0) {
            std::string name = arg.substr(2);
            std::optional<std::string> inlineValue;
            if (const auto eq = name.find('='); eq != std::string::npos) {
                inlineValue = name.substr(eq + 1);
                name.resize(eq);
            }
            const Spec *spec = find(name);
            if (!spec) {
                m_error = "unknown option --" + name;
                return false;
            }
            if (spec->valueName.empty()) {
                if (inlineValue) {
                    m_error = "--" + name + " takes no value";
                    return false;
                }
                m_values[name] = "1";
            } else if (inlineValue) {
                m_values[name] = *inlineValue;
            } else if (i + 1 < args.size()) {
                m_values[name] = args[++i];
            } else {
                m_error = "--" + name + " needs a value (" + spec->valueName + ")";
                return false;
            }
            continue;
        }
        if (positionalIndex < m_positionals.size()) {
            m_args[m_positionals[positionalIndex++].first] = arg;
        } else if (!m_restName.empty()) {
            m_rest.push_back(arg);
        } else {
            m_error = "unexpected argument '" + arg + "'";
            return false;
        }
    }
    if (positionalIndex < m_positionals.size()) {
        m_error = "missing " + m_positionals[positionalIndex].first;
        return false;
    }
    return true;
}

std::string ArgParser::help() const
{
    std::ostringstream out;
    out << "usage: " << m_usage << "\n\n" << m_summary << "\n";
    if (!m_positionals.empty() || !m_restName.empty()) {
        out << "\narguments:\n";
        for (const auto &[name, help] : m_positionals)
            out << "  " << name << std::string(name.size() < 22 ? 22 - name.size() : 1, ' ') << help
                << "\n";
        if (!m_restName.empty())
            out << "  " << m_restName
                << std::string(m_restName.size() < 22 ? 22 - m_restName.size() : 1, ' ')
                << m_restHelp << "\n";
    }
    out << "\noptions:\n";
    for (const Spec &spec : m_options) {
        std::string left = "--" + spec.name + (spec.valueName.empty() ? "" : " " + spec.valueName);
        out << "  " << left << std::string(left.size() < 22 ? 22 - left.size() : 1, ' ')
            << spec.help;
        if (!spec.defaultValue.empty())
            out << " (default: " << spec.defaultValue << ")";
        out << "\n";
    }
    out << "  --help                show this help\n";
    return out.str();
}

const std::string &ArgParser::arg(const std::string &name) const
{
    static const std::string empty;
    auto found = m_args.find(name);
    return found == m_args.end() ? empty : found->second;
}

std::optional<std::string> ArgParser::value(const std::string &name) const
{
    if (auto found = m_values.find(name); found != m_values.end())
        return found->second;
    if (const Spec *spec = find(name); spec && !spec->defaultValue.empty())
        return spec->defaultValue;
    return std::nullopt;
}

std::string ArgParser::valueOr(const std::string &name, const std::string &fallback) const
{
    return value(name).value_or(fallback);
}

bool ArgParser::isSet(const std::string &name) const
{
    return m_values.count(name) > 0;
}

} // namespace assay::cli
