// A script with a bug: it parses the expected output, which is not a number here.
var expected = int.Parse(Answer.Trim());
return expected > 0 ? Accept() : Wrong("negative");
