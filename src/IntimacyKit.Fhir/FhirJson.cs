using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace IntimacyKit.Fhir;

/// <summary>FHIR JSON in and out with the Firely SDK, within size and depth limits, every failure a problem.</summary>
public static class FhirJson
{
    /// <summary>A resource as indented FHIR JSON.</summary>
    /// <param name="resource">The resource.</param>
    /// <returns>The JSON.</returns>
    public static string Serialize(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource.ToJson(pretty: true);
    }

    /// <summary>Reads a resource of type <typeparamref name="T"/> from FHIR JSON.</summary>
    /// <typeparam name="T">The resource type expected, such as <see cref="QuestionnaireResponse"/>.</typeparam>
    /// <param name="json">The JSON.</param>
    /// <param name="options">The size limit; <see cref="FhirOptions.Default"/> when null.</param>
    /// <returns>The resource, or the problems (too large, not JSON, nested too deep, another resource type, or what
    /// the Firely deserializer found).</returns>
    public static FhirImport<T> Parse<T>(string json, FhirOptions? options = null)
        where T : Resource
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= FhirOptions.Default;
        if (json.Length > options.MaxJsonBytes || Encoding.UTF8.GetByteCount(json) is var size && size > options.MaxJsonBytes)
        {
            return Failed<T>("$", $"The resource is over {options.MaxJsonBytes} bytes; at most that many are read.");
        }

        var bytes = Encoding.UTF8.GetBytes(json);
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64 });
            var deserializer = new FhirJsonDeserializer(new DeserializerSettings());
            if (!deserializer.TryDeserializeResource(ref reader, out var resource, out var issues))
            {
                return new FhirImport<T>(null, issues.Select(Problem));
            }

            if (reader.Read())
            {
                return Failed<T>("$", $"More follows the resource at byte {reader.TokenStartIndex}: a file holds one resource.");
            }

            return resource is T typed
                ? new FhirImport<T>(typed, [])
                : Failed<T>("$.resourceType", $"Expected {typeof(T).Name}, found {resource?.TypeName ?? "nothing"}.");
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            // The Firely deserializer throws for some shapes (an array where a resource should be) instead of reporting.
            return Failed<T>("$", $"Not FHIR JSON that can be read: {exception.Message}");
        }
        catch (DeserializationFailedException exception)
        {
            return new FhirImport<T>(null, exception.Exceptions.Select(Problem));
        }
    }

    /// <summary>A deserializer's finding at the place it names (<c>QuestionnaireResponse.item[0]</c>), else at the root.</summary>
    private static FhirProblem Problem(Exception issue)
        => new(issue is Hl7.Fhir.Utility.ExtendedCodedException { InstancePath: { Length: > 0 } path } ? path : "$", issue.Message);

    private static FhirImport<T> Failed<T>(string path, string message)
        where T : class => new(null, [new FhirProblem(path, message)]);
}
