namespace NotebookKit.Diagnostics;

/// <summary>The four cases of the bias/variance lecture.</summary>
public enum BiasVarianceVerdict
{
    /// <summary>Neither gap is large: low bias and low variance.</summary>
    Neither,

    /// <summary>The training error is far above the base error (underfitting).</summary>
    HighBias,

    /// <summary>The dev error is far above the training error (overfitting).</summary>
    HighVariance,

    /// <summary>Both gaps are large.</summary>
    HighBiasAndHighVariance,
}
