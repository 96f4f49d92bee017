
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'accordion.hide-all': `Hide all`,
'accordion.show-all': `Show all`,
'aspecific.definition': `Most back pain (more than 90%) is called ‘non-specific’: no clear cause can be found. It means pain and/or stiffness in the back, sometimes spreading to the buttock or thigh.`,
'aspecific.overload': `These back problems seem to come from overloading the back. That can be caused by a less good posture (at work), less good (sport-specific) stability or tiredness, and is also often linked to more stress and a less healthy lifestyle.`,
'aspecific.sport': `In sport we regularly see overload because exercises (strength training) are done the wrong way, or because the wrong kinds of exercise are chosen, for example training too one-sidedly, which causes an imbalance.`,
'aspecific.title': `Non-specific low back pain`,
'card.add-to-contacts': `Add to contacts`,
'card.address': `Address`,
'card.book': `Make an appointment`,
'card.email': `Email`,
'card.invitation': `Would you like more information or to make an appointment? Please get in touch with us.`,
'card.opening-hours': `Opening hours`,
'card.phone': `Phone`,
'card.role.manual-therapist': `Manual therapist`,
'card.role.sports-physio': `Sports physiotherapist`,
'card.therapists': `Therapists`,
'card.website': `Website`,
'deviant-course.definition': `There is an ‘abnormal course’ when limitations and problems with participation do not decrease over time, but stay the same or even increase.`,
'deviant-course.delayed': `We speak of an abnormal course and delayed recovery when, for 3 weeks, there has been no clear increase in activities and no clear decrease in problems with participation.`,
'deviant-course.title': `Abnormal course of non-specific low back pain`,
'more-info.go-to-card': `Go to the contact details`,
'more-info.invitation': `Would you like more information or to make an appointment? Please get in touch with us.`,
'more-info.title': `More information?`,
'normal-course.definition': `There is a ‘normal course’ when your activities and participation (work, sport and social life) gradually increase over time, back to the level before the complaints. Often the pain decreases too.`,
'normal-course.meaning': `This does not mean that the low back pain always goes away completely, but that the back pain no longer stands in the way of your activities and participation.`,
'normal-course.title': `Normal course of non-specific low back pain`,
'origene.combined': `A course of treatment is usually combined with local treatment and other (specific) exercises, so that the approach is both broad and targeted. Many (top) athletes have also used OriGENE back therapy with success.`,
'origene.intro': `Despite all knowledge and experience, many back problems do not (fully) go away with the ‘usual’ approach of local treatment and exercises. A special treatment method for non-specific low back pain is OriGENE back therapy.`,
'origene.method': `OriGENE back therapy is a specific training that improves the mobility of the spine while strengthening the back’s extension function. This innovative therapy gives very good results, often with clearly less pain and better functioning, especially in people who have already had many treatments.`,
'origene.title': `OriGENE back therapy`,
'specific.choice': `A good diagnosis is therefore essential, and the choice of treatment depends strongly on the person’s own situation. Sometimes people recover simply by resting, sometimes by building up load under the guidance of a physiotherapist, and sometimes surgery is needed.`,
'specific.definition': `We speak of specific low back pain when there is a clear abnormality (pathology). Think of abnormalities of the spine (such as ankylosing spondylitis or spondylolisthesis), fractures, or conditions that lead to nerve problems (such as a herniated disc or spinal stenosis).`,
'specific.diagnosis-hard': `However, it has been shown again and again that these abnormalities are also found in people without back pain. That makes a good diagnosis quite difficult.`,
'specific.title': `Specific low back pain`,
'specific.treatments': `Many treatments are known for specific back pain: from (measured) rest and specific exercise programmes to surgery. Unfortunately, the chance of success is hard to predict, and no single treatment guarantees success.`,
'spine.science': `Science is still unclear about the exact causes and origins of low back pain. Only in a few cases do we speak of a specific condition.`,
'spine.structure': `The lower back (lumbar spine) is an ingenious whole of vertebrae, joints, intervertebral discs, ligaments, nerves and muscles, which together provide stability and movement. Because it is so complex, there is also a certain risk of injury.`,
'spine.title': `The lower back`,
'treatment.advice': `advice on moving, for example specific back exercises;`,
'treatment.contribution': `In some cases the physiotherapist can make a useful contribution to recovery from back pain or to keeping it from coming back.`,
'treatment.keep-moving': `Non-specific low back pain usually gets better by itself within a few days to weeks. The most important thing is to keep moving (at a measured pace): it is certain that stopping moving only makes back pain worse.`,
'treatment.load-capacity': `Once function and mobility have (largely) recovered, it is often worth improving the back’s load capacity (‘fitness’). For athletes this usually means specific exercises that match the movements of their sport.`,
'treatment.mobility': `improving the mobility of the spine;`,
'treatment.pain': `reducing the pain, so that moving and functioning become easier.`,
'treatment.therapist-intro': `At first, the physiotherapist or manual therapist focuses the treatment on:`,
'treatment.title': `Treatment: keep moving`,
'what.common': `Low back pain is one of the most common physical complaints. About 60 to 80% of people have back pain at least once in their lives, or more specific back problems such as a herniated disc.`,
'what.symptoms': `Back problems usually mean pain in the back (sharp, stabbing and/or nagging), stiffness and moving less easily, sometimes with pain or tingling spreading into the legs.`,
'what.title': `What is low back pain?`,
'what.worse': `The pain can get worse with sudden movements or with activities that put more strain on the back, such as lifting or bending. Sometimes the pain is so bad that it seriously limits what a person can do each day.`,
    };
  