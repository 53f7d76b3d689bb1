namespace MusicRecommender.Pipeline.Retraining;

/// <summary>The steps of a retrain run, in order, for each target catalog.</summary>
public static class RetrainSteps
{
    public const string Load = "load";
    public const string Fit = "fit";
    public const string Store = "store";
    public const string Feedback = "feedback";
    public const string Gate = "gate";
    public const string Activate = "activate";

    public static IReadOnlyList<string> All { get; } = [Load, Fit, Store, Feedback, Gate, Activate];
}
