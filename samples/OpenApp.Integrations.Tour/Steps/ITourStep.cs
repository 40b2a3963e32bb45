namespace OpenApp.Integrations.Tour.Steps;

/// <summary>One step of the tour: a few related calls and a short account of what came back.</summary>
public interface ITourStep
{
    /// <summary>The heading printed before the step.</summary>
    string Title { get; }

    /// <summary>Runs the step; throws (an SDK exception) when a call fails unexpectedly.</summary>
    Task RunAsync(TourContext context, CancellationToken cancellationToken);
}
