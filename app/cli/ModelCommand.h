#pragma once

#include "Command.h"
#include "model/Evaluation.h"
#include "model/ModelParams.h"
#include "model/ModelStore.h"

#include <functional>
#include <iosfwd>
#include <string>

namespace assay::cli {

// Shared by the `assay model` sub-verbs (ModelCommand.cpp, ModelEvalCommand.cpp).

/// Declares the training options (--epoch, --lr, --dim, --loss, --threads, --seed, …).
void addModelParamOptions(ArgParser &parser);
/// Reads them over the defaults; a bad value is an error naming the option.
core::Result<core::ModelParams> readModelParamOptions(const ArgParser &parser);

/// A progress line for work counted in items (or per mille when `perMille`), shown on a
/// terminal only; it returns false once the user pressed Ctrl-C.
std::function<bool(std::uint64_t, std::uint64_t)> itemProgress(CommandContext &context,
                                                               std::string label, bool perMille);

/// Catches Ctrl-C while alive, so long work can stop cleanly; restores the old handler.
class InterruptGuard
{
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;
    static bool interrupted();

private:
    void (*m_previous)(int) = nullptr;
};

/// Writes an evaluation for people: headline figures, levels, coverage, calibration,
/// labels (the `maxLabels` most frequent) and confusions.
void printEvaluation(std::ostream &out, const core::Evaluation &evaluation,
                     std::size_t maxLabels = 20);

/// "87.5%".
std::string percent(double share);

int runModelTrain(CommandContext &context);
int runModelPredict(CommandContext &context);
int runModelList(CommandContext &context);
int runModelEval(CommandContext &context);
int runModelEvaluateData(CommandContext &context);

} // namespace assay::cli
