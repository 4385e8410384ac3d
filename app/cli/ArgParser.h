#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace assay::cli {

/// A small command-line parser for one verb: positional arguments, `--name value` options
/// (also `--name=value`) and `--flag` switches, with generated help text.
class ArgParser
{
public:
    ArgParser(std::string usage, std::string summary);

    ArgParser &positional(std::string name, std::string help);
    ArgParser &option(std::string name, std::string valueName, std::string help,
                      std::string defaultValue = {});
    ArgParser &flag(std::string name, std::string help);

    /// Parses `args` (without the verb). False, with error() set, on a mistake.
    bool parse(const std::vector<std::string> &args);
    bool helpRequested() const { return m_help; }
    const std::string &error() const { return m_error; }
    std::string help() const;

    const std::string &arg(const std::string &name) const;
    std::optional<std::string> value(const std::string &name) const;
    std::string valueOr(const std::string &name, const std::string &fallback) const;
    bool isSet(const std::string &name) const;
    /// Arguments after the declared positionals (for verbs that take a list).
    const std::vector<std::string> &rest() const { return m_rest; }
    ArgParser &allowRest(std::string name, std::string help);

private:
    struct Spec {
        std::string name;
        std::string valueName; ///< empty for a flag
        std::string help;
        std::string defaultValue;
    };
    const Spec *find(const std::string &name) const;

    std::string m_usage;
    std::string m_summary;
    std::vector<std::pair<std::string, std::string>> m_positionals;
    std::vector<Spec> m_options;
    std::map<std::string, std::string> m_args;
    std::map<std::string, std::string> m_values;
    std::vector<std::string> m_rest;
    std::string m_restName;
    std::string m_restHelp;
    std::string m_error;
    bool m_help = false;
};

} // namespace assay::cli
